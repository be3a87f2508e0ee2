//! `depeche import brat DIR` and `depeche export`: between an annotated
//! corpus (JSON Lines) and the other formats.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use depeche::formats::{brat, CorpusDoc};

use crate::sinks::Sink;
use crate::Format;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A BRAT directory (`.txt` + `.ann`, as `--format brat` writes).
    Brat,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// What to read.
    #[arg(value_enum)]
    pub from: ImportFormat,
    /// The directory.
    pub dir: PathBuf,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// Annotated corpora (JSON Lines with "text", "entities", "events").
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Output file (directory for brat); standard output when none.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

/// Prints the corpus JSON Lines of a BRAT directory.
pub fn run_import(args: ImportArgs) -> io::Result<ExitCode> {
    let docs = brat::read_dir(&args.dir).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read '{}': {e}", args.dir.display()),
        )
    })?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut errors = 0;
    for d in docs {
        match d {
            Ok(doc) => {
                serde_json::to_writer(&mut out, &doc)
                    .map_err(io::Error::from)?;
                out.write_all(b"\n")?;
            }
            Err(e) => {
                errors += 1;
                eprintln!("depeche: {e}");
            }
        }
    }
    out.flush()?;
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Writes annotated corpora in another format.
pub fn run_export(args: ExportArgs) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut sink = Sink::new(args.format, args.out.clone(), false, None)?;
    let mut errors = 0;
    for path in &args.inputs {
        let text = std::fs::read_to_string(path).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot read '{}': {e}", path.display()),
            )
        })?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<CorpusDoc>(line) {
                Ok(doc) => {
                    sink.write(&mut out, &doc.extraction(), &doc.text)?
                }
                Err(e) => {
                    errors += 1;
                    eprintln!("depeche: {}:{}: {e}", path.display(), n + 1);
                }
            }
        }
    }
    sink.finish(&mut out)?;
    out.flush()?;
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
