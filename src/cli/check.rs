// placeholder until the wording checker lands
use std::io::Write;
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "skp check: belum tersedia");
    2
}
