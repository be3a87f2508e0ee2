//! `depeche gazetteer`: inspect the gazetteers (`lookup`) and validate user
//! gazetteer files (`check`).

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use depeche::gazetteer::roles::{PartialDate, RolePeriod};
use depeche::gazetteer::{Flags, Gazetteer, Row, RowKind};
use depeche::normalize::{fold, fold_name};
use depeche::{Document, EntityKind, Extractor};

#[derive(clap::Args)]
pub struct GazetteerArgs {
    #[command(subcommand)]
    command: GazetteerCommand,
}

#[derive(clap::Subcommand)]
enum GazetteerCommand {
    /// Show what a name resolves to, and why.
    Lookup(LookupArgs),
    /// Validate the gazetteer files (*.tsv) of a directory.
    Check(CheckArgs),
}

#[derive(clap::Args)]
struct LookupArgs {
    /// The name to look up, as it would appear in a text.
    name: String,
    /// Extra gazetteer directory, read after the embedded files; may be
    /// repeated.
    #[arg(long = "gazetteer", value_name = "DIR")]
    gazetteers: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Directory holding the *.tsv files to validate.
    dir: PathBuf,
}

pub fn run(args: GazetteerArgs) -> io::Result<ExitCode> {
    match args.command {
        GazetteerCommand::Lookup(a) => lookup(a),
        GazetteerCommand::Check(a) => check(a),
    }
}

fn kind_name(k: RowKind) -> &'static str {
    match k {
        RowKind::Place => "place",
        RowKind::Actor => "actor",
        RowKind::Demonym => "demonym",
        RowKind::ActorNoun => "actor_noun",
        RowKind::Descriptor => "descriptor",
        RowKind::Trigger => "trigger",
    }
}

fn flags_text(f: &Flags) -> String {
    let mut v: Vec<String> = Vec::new();
    if f.case_sensitive {
        v.push("cs".into());
    }
    if f.capitalized {
        v.push("cap".into());
    }
    if f.needs_cue {
        v.push("cue".into());
    }
    if f.anaphor {
        v.push("anaphor".into());
    }
    if f.weak {
        v.push("weak".into());
    }
    if let Some(p) = &f.prefix {
        v.push(format!("prefix={p}"));
    }
    if let Some(g) = &f.group {
        v.push(format!("group={g}"));
    }
    if let Some(p) = &f.parent {
        v.push(format!("in={p}"));
    }
    if let Some(p) = f.population {
        v.push(format!("pop={p}"));
    }
    if let Some(p) = &f.pos {
        v.push(format!("pos={}", format!("{p:?}").to_lowercase()));
    }
    if v.is_empty() {
        "-".into()
    } else {
        v.join(",")
    }
}

/// Why a row whose name folds like the query may still not match it.
fn blocked(row: &Row, name: &str) -> Option<&'static str> {
    let first_upper = name.chars().next().is_some_and(char::is_uppercase);
    if row.flags.case_sensitive {
        let keep = depeche::normalize::fold_keep_case(name.trim());
        let any = row
            .names()
            .any(|n| depeche::normalize::fold_keep_case(n.trim()) == keep);
        if !any {
            return Some("cs: the capitals differ from every listed form");
        }
    }
    if row.flags.capitalized && !first_upper {
        return Some("cap: the name must start with a capital");
    }
    None
}

fn lookup(args: LookupArgs) -> io::Result<ExitCode> {
    let mut builder = Extractor::builder();
    for g in &args.gazetteers {
        builder.gazetteer_dir(g);
    }
    let extractor = builder.build().map_err(other)?;
    let lex = extractor.lexicon();
    let gaz = lex.gazetteer();
    let name = args.name.trim();
    let folded = fold_name(name);

    // Rows the matcher returns for the whole name (flags applied), then
    // rows that list a form folding the same way (flags not applied).
    let f = fold(name);
    let matched: BTreeSet<u32> = lex
        .find(name, &f)
        .into_iter()
        .filter(|c| c.span.start == 0 && c.span.end == name.len())
        .map(|c| c.row)
        .collect();
    let mut listed: Vec<u32> = matched.iter().copied().collect();
    for (i, r) in gaz.rows().iter().enumerate() {
        let i = i as u32;
        if !matched.contains(&i) && r.names().any(|n| fold_name(n) == folded) {
            listed.push(i);
        }
    }

    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "name:   {name}")?;
    writeln!(out, "folded: {folded}")?;
    if listed.is_empty() {
        writeln!(out, "no gazetteer row lists this name")?;
        return Ok(ExitCode::from(1));
    }
    writeln!(out, "rows ({}):", listed.len())?;
    for &i in &listed {
        let r = lex.row(i);
        let status = if matched.contains(&i) {
            match (r.flags.needs_cue, r.kind) {
                (true, RowKind::Place) => {
                    "matches; counts as a place only after a place cue (à, près de, ville de ...)"
                        .to_string()
                }
                _ => "matches".to_string(),
            }
        } else {
            format!(
                "does not match: {}",
                blocked(r, name)
                    .unwrap_or("the folded form is not a whole-word match")
            )
        };
        writeln!(
            out,
            "  {}:{}  {}  {} {}  canonical={:?}  country={}  flags={}  source={}",
            r.file,
            r.line,
            r.id,
            kind_name(r.kind),
            if r.subkind.is_empty() { "-" } else { &r.subkind },
            r.canonical,
            r.country.as_deref().unwrap_or("-"),
            flags_text(&r.flags),
            if r.source.is_empty() { "-" } else { &r.source },
        )?;
        writeln!(out, "      {status}")?;
        write_roles(&mut out, gaz.roles().periods(&r.id))?;
    }

    // What the extractor makes of the name with no context, and after a
    // neutral place cue.
    for (label, prefix) in
        [("alone", ""), ("after \"à\"", "Cela s'est passé à ")]
    {
        let text = format!("{prefix}{name}.");
        let start = prefix.chars().count();
        let ex = extractor.extract(&Document::new("lookup", text));
        let hit = ex.entities.iter().find(|e| {
            matches!(e.kind, EntityKind::Place | EntityKind::Actor)
                && e.mentions
                    .iter()
                    .any(|m| m.start == start && m.text == name)
        });
        match hit {
            Some(e) => writeln!(
                out,
                "winner ({label}): {} {} {:?} ({}, {}){}",
                e.gazetteer_id.as_deref().unwrap_or("(no id)"),
                serde_json::to_value(e.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                e.canonical.as_deref().unwrap_or(""),
                e.subkind.as_deref().unwrap_or("-"),
                e.country.as_deref().unwrap_or("-"),
                e.gazetteer_id
                    .as_deref()
                    .and_then(|id| gaz.get(id))
                    .map(|r| format!(" from {}:{}", r.file, r.line))
                    .unwrap_or_default(),
            )?,
            None => writeln!(out, "winner ({label}): no place or actor")?,
        }
    }
    writeln!(
        out,
        "(ties between rows of one name go to the country most named in the \
         document, then settlements before divisions, then population)"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The dated roles of an actor, one period a line.
fn write_roles(
    out: &mut impl Write,
    periods: &[RolePeriod],
) -> io::Result<()> {
    if periods.is_empty() {
        return Ok(());
    }
    writeln!(out, "      dated roles ({}):", periods.len())?;
    for p in periods {
        let date = |d: Option<PartialDate>| {
            d.map_or_else(|| "…".to_string(), |d| d.to_string())
        };
        writeln!(
            out,
            "        {} – {}  {}  subkind={}  country={}{}  ({}:{})",
            date(p.from),
            date(p.to),
            p.role,
            p.subkind.as_deref().unwrap_or("(row's)"),
            p.country.as_deref().unwrap_or("(row's)"),
            p.canonical
                .as_deref()
                .map(|c| format!("  canonical={c:?}"))
                .unwrap_or_default(),
            p.file,
            p.line,
        )?;
    }
    Ok(())
}

fn check(args: CheckArgs) -> io::Result<ExitCode> {
    let dir = &args.dir;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot read '{}': {e}", dir.display()),
            )
        })?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut errors = 0usize;
    let mut warnings = 0usize;
    let mut rows_ok = 0usize;
    if files.is_empty() {
        eprintln!("error: {}: no .tsv gazetteer files", dir.display());
        return Ok(ExitCode::from(1));
    }
    let embedded = Gazetteer::embedded().map_err(other)?;
    let mut user = Gazetteer::new();
    for path in &files {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {name}: {e}");
                errors += 1;
                continue;
            }
        };
        // The library's loader reports the first error of a file with its
        // line; each file is checked on its own.
        let mut one = Gazetteer::new();
        if let Err(e) = one.add_file(&name, &text) {
            eprintln!("error: {e}");
            errors += 1;
            continue;
        }
        for r in one.rows() {
            if let Some(prev) = user.get(&r.id) {
                eprintln!(
                    "warning: {}:{}: id '{}' also defined at {}:{}; the later file wins",
                    r.file, r.line, r.id, prev.file, prev.line
                );
                warnings += 1;
            } else if let Some(e) = embedded.get(&r.id) {
                eprintln!(
                    "warning: {}:{}: id '{}' overrides the embedded row {}:{} ({:?})",
                    r.file, r.line, r.id, e.file, e.line, e.canonical
                );
                warnings += 1;
            }
            if let Some(p) = &r.flags.parent {
                if user.get(p).is_none()
                    && one.get(p).is_none()
                    && embedded.get(p).is_none()
                {
                    eprintln!(
                        "warning: {}:{}: in={p}: no row has that id",
                        r.file, r.line
                    );
                    warnings += 1;
                }
            }
            rows_ok += 1;
        }
        // Role periods (actor-roles.tsv) count as rows; whether their
        // actors exist is checked when the files load together below.
        rows_ok += one.roles().len();
        for r in one.rows() {
            user.add_row(r.clone());
        }
    }
    // The files must also load on top of the embedded default.
    if errors == 0 {
        let mut b = Extractor::builder();
        b.gazetteer_dir(dir);
        if let Err(e) = b.build() {
            eprintln!("error: {e}");
            errors += 1;
        }
    }
    println!(
        "{}: {} file(s), {rows_ok} row(s), {errors} error(s), {warnings} warning(s)",
        dir.display(),
        files.len()
    );
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn other<E: std::fmt::Display>(e: E) -> io::Error {
    io::Error::new(io::ErrorKind::Other, e.to_string())
}
