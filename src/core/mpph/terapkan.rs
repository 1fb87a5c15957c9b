//! Applying a derivation and refreshing every column label it affects. Kept apart from
//! [`super::derive`] because level-2 columns ([`super::sync`]) are themselves computed by
//! derivation: this module sits above both, so neither imports the other back.

use super::derive::{terapkan_level, GagalTurunan};
use super::rencana::Rencana;
use super::sync::sync_label_mpph2;
use super::team::Tim;
use crate::core::model::Draft;

/// Applies the derivation the user saw as `rencana` (see [`super::rencana_turunan`]):
/// creates the missing drafts, updates the others and refreshes the column labels of both
/// levels. Nothing changes when the plan is out of date.
pub fn terapkan(
    tim: &mut Tim,
    drafts: &mut Vec<Draft>,
    rencana: &Rencana,
    new_id: &mut dyn FnMut() -> String,
) -> Result<(), GagalTurunan> {
    terapkan_level(tim, drafts, rencana, new_id)?;
    sync_label_mpph2(tim, drafts);
    Ok(())
}
