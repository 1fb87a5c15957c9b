//! App-wide pieces: toolbar, draft list, notices, dialogs, the welcome screen.

pub(crate) mod dialogs;
mod draft_list;
mod notices;
mod panduan;
pub mod tautan;
mod toolbar;
mod welcome;

pub use dialogs::DialogLayer;
pub use draft_list::DraftList;
pub use notices::Notices;
pub use panduan::Panduan;
pub use tautan::TautanDialogs;
pub use toolbar::Toolbar;
pub use welcome::Welcome;
