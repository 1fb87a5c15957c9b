//! `skp check`: the wording checker from the command line.
//!
//! - `skp check --rhk "TEKS"` / `skp check --iki "TEKS"`: one phrase (repeatable).
//! - `skp check BERKAS...`: every RHK, IKI and whole-draft check of each draft file.
//! - `--json`: machine-readable output.
//!
//! Exit codes: 0 no error or warning (infos allowed), 1 errors or warnings, 2 unreadable
//! or invalid input, or wrong usage (the reason goes to stderr).

use std::io::Write;

use serde_json::{json, Map, Value};

use crate::core::field::json_path;
use crate::core::format::read_draft_file;
use crate::core::wording::{check, check_draft, Finding, Kind};

const USAGE: &str = "\
Pemakaian:
  skp check --rhk \"TEKS\"     memeriksa bahasa satu RHK
  skp check --iki \"TEKS\"     memeriksa bahasa satu IKI
  skp check BERKAS...        memeriksa bahasa seluruh draf
  --json                     keluaran JSON
Kode keluar: 0 tanpa temuan, 1 ada kesalahan/peringatan, 2 masukan tidak sah.
";

/// The parsed command line.
#[derive(Default)]
struct Args {
    phrases: Vec<(Kind, String)>,
    files: Vec<String>,
    json: bool,
    help: bool,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args::default();
    let mut i = 0;
    let mut only_files = false;
    while i < args.len() {
        let arg = args[i].as_str();
        let kind = |s: &str| match s {
            "--rhk" => Some(Kind::Rhk),
            "--iki" => Some(Kind::Iki),
            _ => None,
        };
        if only_files {
            a.files.push(arg.to_string());
        } else if arg == "--" {
            only_files = true;
        } else if arg == "--json" {
            a.json = true;
        } else if arg == "-h" || arg == "--help" {
            a.help = true;
        } else if let Some(k) = kind(arg) {
            let text = args
                .get(i + 1)
                .ok_or_else(|| format!("{arg} memerlukan teks"))?;
            a.phrases.push((k, text.clone()));
            i += 1;
        } else if let Some((flag, text)) = arg.split_once('=').filter(|(f, _)| kind(f).is_some()) {
            a.phrases
                .push((kind(flag).unwrap_or(Kind::Rhk), text.to_string()));
        } else if arg.starts_with('-') && arg.len() > 1 {
            return Err(format!("pilihan tidak dikenal: {arg}"));
        } else {
            a.files.push(arg.to_string());
        }
        i += 1;
    }
    if a.help {
        return Ok(a);
    }
    if a.phrases.is_empty() && a.files.is_empty() {
        return Err("tidak ada yang diperiksa".into());
    }
    if !a.phrases.is_empty() && !a.files.is_empty() {
        return Err("periksa frasa (--rhk/--iki) atau berkas, tidak keduanya sekaligus".into());
    }
    Ok(a)
}

/// Runs `skp check` with `args` (after the word "check"); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let a = match parse(args) {
        Ok(a) => a,
        Err(why) => {
            let _ = writeln!(err, "skp check: {why}\n\n{USAGE}");
            return 2;
        }
    };
    if a.help {
        let _ = out.write_all(USAGE.as_bytes());
        return 0;
    }
    if a.files.is_empty() {
        phrases(&a, out)
    } else {
        files(&a, out, err)
    }
}

fn finding_json(f: &Finding) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("rule".into(), json!(f.rule));
    m.insert("severity".into(), json!(f.severity.code()));
    m.insert("message".into(), json!(f.message));
    m.insert("span".into(), json!([f.span.0, f.span.1]));
    if let Some(s) = &f.suggestion {
        m.insert("suggestion".into(), json!(s));
    }
    m
}

/// The text a span covers, for human output.
fn span_text(text: &str, span: (usize, usize)) -> String {
    text.chars()
        .skip(span.0)
        .take(span.1.saturating_sub(span.0))
        .collect()
}

fn human_finding(out: &mut dyn Write, indent: &str, text: Option<&str>, f: &Finding) {
    let at = match text {
        Some(t) if f.span.1 > f.span.0 => format!(
            " [{}..{}] \u{201c}{}\u{201d}",
            f.span.0,
            f.span.1,
            span_text(t, f.span)
        ),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "{indent}{} {}{at}: {}",
        f.severity.label(),
        f.rule,
        f.message
    );
    if let Some(s) = &f.suggestion {
        let _ = writeln!(out, "{indent}  Saran: {s}");
    }
}

fn phrases(a: &Args, out: &mut dyn Write) -> i32 {
    let mut failing = false;
    let mut list = Vec::new();
    for (kind, text) in &a.phrases {
        let (class, findings) = check(*kind, text);
        failing |= findings.iter().any(|f| f.severity.counts());
        if a.json {
            let fs: Vec<Value> = findings
                .iter()
                .map(|f| Value::Object(finding_json(f)))
                .collect();
            list.push(json!({ "text": text, "kind": kind.code(), "class": class, "findings": fs }));
        } else {
            let label = match kind {
                Kind::Rhk => "RHK",
                Kind::Iki => "IKI",
            };
            let _ = writeln!(out, "{label}: {text}\nKelas: {class}");
            if findings.is_empty() {
                let _ = writeln!(out, "Tidak ada temuan.");
            }
            for f in &findings {
                human_finding(out, "  ", Some(text), f);
            }
        }
    }
    if a.json {
        let value = if list.len() == 1 {
            list.remove(0)
        } else {
            Value::Array(list)
        };
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    }
    i32::from(failing)
}

fn files(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut invalid = false;
    let mut failing = false;
    let mut list = Vec::new();
    for name in &a.files {
        let text = match std::fs::read(name) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    let _ = writeln!(err, "{name}: bukan teks UTF-8");
                    invalid = true;
                    continue;
                }
            },
            Err(e) => {
                let _ = writeln!(err, "{name}: tidak dapat dibaca: {e}");
                invalid = true;
                continue;
            }
        };
        let draft = match read_draft_file(&text) {
            Ok(d) => d,
            Err(e) => {
                let _ = writeln!(err, "{name}: bukan draf SKP yang sah: {e}");
                invalid = true;
                continue;
            }
        };
        let findings = check_draft(&draft);
        // Field errors (an impossible NIP or date, a target that is not a number) are what the
        // app marks on the field itself; here they are findings of rule "isian".
        let field_errors = crate::core::validation::validate_draft(&draft);
        failing |= findings.iter().any(|f| f.finding.severity.counts()) || !field_errors.is_empty();
        if !a.json {
            if findings.is_empty() && field_errors.is_empty() {
                let _ = writeln!(out, "{name}: tidak ada temuan");
            } else {
                let _ = writeln!(out, "{name}:");
            }
        }
        for fe in &field_errors {
            let path = json_path(&draft, &fe.field).unwrap_or_default();
            if a.json {
                list.push(json!({
                    "file": name, "path": path, "field": fe.field.as_string(),
                    "rule": "isian", "severity": "error", "message": fe.message,
                }));
            } else {
                let _ = writeln!(out, "  {path}\n    Kesalahan isian: {}", fe.message);
            }
        }
        for df in &findings {
            let path = json_path(&draft, &df.field).unwrap_or_default();
            if a.json {
                let mut m = Map::new();
                m.insert("file".into(), json!(name));
                m.insert("path".into(), json!(path));
                m.insert("field".into(), json!(df.field.as_string()));
                m.extend(finding_json(&df.finding));
                list.push(Value::Object(m));
            } else {
                let _ = writeln!(out, "  {path}");
                human_finding(out, "    ", None, &df.finding);
            }
        }
    }
    if a.json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&Value::Array(list)).unwrap_or_default()
        );
    }
    if invalid {
        2
    } else {
        i32::from(failing)
    }
}
