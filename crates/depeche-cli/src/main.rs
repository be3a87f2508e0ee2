//! `depeche`: the command-line front end. Flags become library options;
//! everything else happens in the library.

use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use depeche::eval;
use depeche::{Document, Extraction, Extractor};
use rayon::prelude::*;

// Extraction makes many small, short-lived allocations per document.
#[global_allocator]
static GLOBAL: alloc::MiMalloc = alloc::MiMalloc;

mod alloc;
mod gazetteer_cmd;

mod convert;
mod explain;
mod guard;
mod progress;
mod sinks;

#[derive(Parser)]
#[command(
    name = "depeche",
    version,
    about = "Extract places, actors, dates and conflict events from French news text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities and events from text files, directories or stdin.
    Extract(ExtractArgs),
    /// Score predictions against a gold corpus (JSON Lines, schema §6).
    Eval(EvalArgs),
    /// Look names up in the gazetteers, or validate gazetteer files.
    Gazetteer(gazetteer_cmd::GazetteerArgs),
    /// Read annotations back into the corpus format (JSON Lines on stdout).
    Import(convert::ImportArgs),
    /// Write annotated corpora (JSON Lines) in another format.
    Export(convert::ExportArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One pretty JSON document (JSON Lines when there are several).
    Json,
    /// One JSON document per line.
    Jsonl,
    /// ACLED-style CSV, one row per event.
    Csv,
    /// BRAT standoff files (.txt + .ann, annotation.conf) in --out DIR.
    Brat,
    /// Label Studio pre-annotation tasks (JSON array).
    LabelStudio,
    /// GeoJSON FeatureCollection of events.
    Geojson,
    /// One self-contained HTML report for the whole run.
    Html,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or directories (plain text, or JSON Lines with --jsonl);
    /// standard input when none.
    inputs: Vec<PathBuf>,
    /// Inputs are JSON Lines: one {"id", "text", "dct"?} object a line.
    #[arg(long)]
    jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Document creation time, YYYY-MM-DD (overrides the inputs' own).
    #[arg(long)]
    dct: Option<String>,
    /// Extra gazetteer directory (its rows add to or override the
    /// embedded ones); may be repeated.
    #[arg(long = "gazetteer", value_name = "DIR")]
    gazetteers: Vec<PathBuf>,
    /// Keep entities and events found in reader comments.
    #[arg(long)]
    keep_comments: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    #[arg(long)]
    lossy: bool,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Print a summary on stderr at the end.
    #[arg(long)]
    stats: bool,
    /// Output file (a directory for --format brat) instead of stdout.
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// Add to every mention and event the gazetteer row (file and line)
    /// or the rule that produced it.
    #[arg(long)]
    explain: bool,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// Gold corpus (JSON Lines).
    gold: PathBuf,
    /// Predictions (JSON Lines, as `depeche extract --format jsonl` writes).
    pred: PathBuf,
    /// Print the scores as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    alloc::keep_freed_memory();
    guard::install();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Eval(args) => run_eval(args),
        Command::Gazetteer(args) => gazetteer_cmd::run(args),
        Command::Import(args) => convert::run_import(args),
        Command::Export(args) => convert::run_export(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("depeche: {e}");
            ExitCode::from(2)
        }
    }
}

/// One unit of input: a document, or an error to report in its place.
enum Item {
    Doc(Document),
    /// A JSON Lines line (source name, line number, bytes), parsed by the
    /// worker that extracts it.
    Line(std::sync::Arc<str>, usize, Vec<u8>),
    Error(String),
}

/// What a worker hands back for one document.
struct Done {
    /// Bytes of document text.
    bytes: usize,
    out: Output,
    /// Entities of each kind, in the order of [`ENTITY_KINDS`].
    entity_kinds: [usize; 3],
    event_kinds: Vec<String>,
}

/// A document's output: serialized JSON, or the extraction for a sink.
enum Output {
    Json(Vec<u8>),
    Extraction(Box<Extraction>, String),
}

/// The names of the entity kinds, for --stats.
const ENTITY_KINDS: [&str; 3] = ["place", "actor", "date"];

/// The entities of each kind of an extraction (see [`ENTITY_KINDS`]).
fn entity_kind_counts(ex: &Extraction) -> [usize; 3] {
    let mut n = [0; 3];
    for e in &ex.entities {
        n[match e.kind {
            depeche::EntityKind::Place => 0,
            depeche::EntityKind::Actor => 1,
            depeche::EntityKind::Date => 2,
        }] += 1;
    }
    n
}

thread_local! {
    /// The length of the JSON of the last document of this thread, which
    /// sizes the vector of the next one.
    static LAST_JSON: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Bounds of the room a document's JSON is first given: twice the last
/// length, so that most documents are written without the vector growing,
/// yet a batch of small documents after a large one holds little unused
/// room.
const JSON_ROOM: std::ops::RangeInclusive<usize> = (1 << 12)..=(1 << 16);

/// The compact JSON of an extraction and a newline, written straight into
/// the vector returned (a buffer kept across documents would have to be
/// copied out every time).
#[inline]
fn json_line(ex: &Extraction) -> Vec<u8> {
    let last = LAST_JSON.with(|l| l.get());
    let room = (2 * last).clamp(*JSON_ROOM.start(), *JSON_ROOM.end());
    let mut json = Vec::with_capacity(room);
    ex.write_json(&mut json);
    json.push(b'\n');
    LAST_JSON.with(|l| l.set(json.len()));
    json
}

/// Writes `bufs` one after the other, handing them to the writer together:
/// a buffered writer passes a batch larger than its buffer on to the file
/// as it is, where one buffer at a time would be copied into its buffer.
fn write_all_bufs(w: &mut impl Write, bufs: &[Vec<u8>]) -> io::Result<()> {
    // `k`: the first buffer not written whole; `done`: its bytes written.
    let (mut k, mut done) = (0, 0);
    while k < bufs.len() {
        if bufs[k].is_empty() {
            k += 1;
            continue;
        }
        if done > 0 {
            w.write_all(&bufs[k][done..])?;
            (k, done) = (k + 1, 0);
            continue;
        }
        let slices: Vec<io::IoSlice<'_>> =
            bufs[k..].iter().map(|b| io::IoSlice::new(b)).collect();
        let mut n = match w.write_vectored(&slices) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        while n > 0 && k < bufs.len() {
            let left = bufs[k].len();
            if n >= left {
                n -= left;
                k += 1;
            } else {
                (done, n) = (n, 0);
            }
        }
    }
    Ok(())
}

/// Counts for --stats and the exit status.
#[derive(Default)]
struct Tally {
    documents: usize,
    bytes: usize,
    errors: usize,
    entities: std::collections::BTreeMap<String, usize>,
    events: std::collections::BTreeMap<String, usize>,
}

/// Adds one to the count of `key`, copying the key only the first time.
fn count(counts: &mut std::collections::BTreeMap<String, usize>, key: &str) {
    add(counts, key, 1);
}

/// Adds `n` to the count of `key`, copying the key only the first time.
fn add(
    counts: &mut std::collections::BTreeMap<String, usize>,
    key: &str,
    n: usize,
) {
    match counts.get_mut(key) {
        Some(c) => *c += n,
        None => {
            counts.insert(key.to_string(), n);
        }
    }
}

fn run_extract(args: ExtractArgs) -> io::Result<ExitCode> {
    let mut builder = Extractor::builder();
    for g in &args.gazetteers {
        builder.gazetteer_dir(g);
    }
    builder.keep_comments(args.keep_comments);
    let extractor = builder.build().map_err(other)?;
    if let Some(d) = &args.dct {
        Extractor::parse_dct(d).map_err(other)?;
    }
    if let Some(n) = args.threads {
        // A global pool can only be set once; ignore a second attempt.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }

    let started = Instant::now();
    let mut tally = Tally::default();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());

    // Decide the output shape: pretty JSON only for a single plain-text
    // document.
    let single = !args.jsonl
        && args.format == Format::Json
        && (args.inputs.is_empty()
            || (args.inputs.len() == 1 && args.inputs[0].is_file()));

    // Other formats, --explain and --out go through a sink; plain JSON
    // is written below as it always was.
    let sink = if args.format != Format::Json && args.format != Format::Jsonl
        || args.explain
        || args.out.is_some()
    {
        let explainer =
            args.explain.then(|| explain::Explainer::new(&extractor));
        Some(std::cell::RefCell::new(sinks::Sink::new(
            args.format,
            args.out.clone(),
            single,
            explainer,
        )?))
    } else {
        None
    };
    let progress = std::cell::RefCell::new(progress::Progress::new());

    let mut batch: Vec<Item> = Vec::new();
    // A batch is extracted in parallel, then written in order: it ends
    // at this many documents or bytes, whichever comes first. Large
    // batches keep both threads busy until the batch is nearly done (the
    // last chunk of a batch leaves the other thread idle).
    const BATCH: usize = 4096;
    const BATCH_BYTES: usize = 1 << 20;
    let batch_bytes = std::cell::Cell::new(0usize);
    // Documents go to the extractor in runs of up to this many bytes.
    const CHUNK: usize = 64 << 10;
    let dct_override = args.dct.clone();
    let lossy = args.lossy;
    // Counting and (for plain JSON) serializing one extraction, on the
    // worker that made it.
    let plain = sink.is_none();
    let finish_doc = |doc: Document,
                      ex: Extraction|
     -> Result<Option<Done>, String> {
        let bytes = doc.text.len();
        let entity_kinds = entity_kind_counts(&ex);
        if plain {
            let written = if single {
                let mut json = Vec::with_capacity(doc.text.len());
                serde_json::to_writer_pretty(&mut json, &ex).map(|()| {
                    json.push(b'\n');
                    json
                })
            } else {
                Ok(json_line(&ex))
            };
            match written {
                Ok(json) => {
                    // Written: the kinds are moved out.
                    let event_kinds =
                        ex.events.into_iter().map(|v| v.kind).collect();
                    Ok(Some(Done {
                        bytes,
                        out: Output::Json(json),
                        entity_kinds,
                        event_kinds,
                    }))
                }
                Err(e) => Err(format!("{}: cannot write JSON: {e}", doc.id)),
            }
        } else {
            let event_kinds =
                ex.events.iter().map(|v| v.kind.clone()).collect();
            Ok(Some(Done {
                bytes,
                out: Output::Extraction(Box::new(ex), doc.text),
                entity_kinds,
                event_kinds,
            }))
        }
    };
    let flush = |batch: &mut Vec<Item>,
                 tally: &mut Tally,
                 out: &mut BufWriter<_>|
     -> io::Result<()> {
        // Workers extract, count and (for plain JSON) serialize; this
        // thread only writes, in input order.
        let parsed: Vec<Result<Option<Document>, String>> = batch
            .par_drain(..)
            .map(|item| {
                let mut doc = match item {
                    Item::Doc(doc) => doc,
                    Item::Line(name, n, bytes) => {
                        match parse_jsonl_line(&name, n, &bytes, lossy) {
                            None => return Ok(None),
                            Some(Item::Doc(doc)) => doc,
                            Some(Item::Error(e)) => return Err(e),
                            Some(Item::Line(..)) => {
                                return Err(format!("{name}:{n}: unreadable"))
                            }
                        }
                    }
                    Item::Error(e) => return Err(e),
                };
                if let Some(dct) = &dct_override {
                    doc.dct = Some(dct.clone());
                }
                Ok(Some(doc))
            })
            .collect();
        // Documents go to the extractor in runs of up to CHUNK bytes:
        // each stage then runs over a whole run with its data in cache.
        let mut results: Vec<Result<Option<Done>, String>> =
            Vec::with_capacity(parsed.len());
        // (the places of its documents in `results`, the documents)
        let mut chunks: Vec<(Vec<usize>, Vec<Document>)> = Vec::new();
        let mut bytes_in_last = 0;
        for r in parsed {
            match r {
                Ok(Some(doc)) => {
                    if chunks.is_empty()
                        || bytes_in_last + doc.text.len() > CHUNK
                    {
                        chunks.push((Vec::new(), Vec::new()));
                        bytes_in_last = 0;
                    }
                    bytes_in_last += doc.text.len();
                    if let Some((places, docs)) = chunks.last_mut() {
                        places.push(results.len());
                        docs.push(doc);
                    }
                    // A place held for the document's result.
                    results.push(Ok(None));
                }
                other => {
                    results.push(other.map(|_| None));
                }
            }
        }
        let done: Vec<(Vec<usize>, Vec<Result<Option<Done>, String>>)> =
            chunks
                .into_par_iter()
                .map(|(places, docs)| {
                    let exs = guard::extract_many(&extractor, &docs);
                    let out = docs
                        .into_iter()
                        .zip(exs)
                        .map(|(doc, ex)| finish_doc(doc, ex?))
                        .collect();
                    (places, out)
                })
                .collect();
        // Each chunk's results fill the places held for its documents.
        for (places, outs) in done {
            for (i, r) in places.into_iter().zip(outs) {
                results[i] = r;
            }
        }
        // The JSON of the batch, written at the end in one go.
        let mut jsons: Vec<Vec<u8>> = Vec::new();
        for r in results {
            match r {
                Ok(None) => {}
                Ok(Some(done)) => {
                    tally.documents += 1;
                    tally.bytes += done.bytes;
                    for (k, n) in ENTITY_KINDS.iter().zip(done.entity_kinds) {
                        if n > 0 {
                            add(&mut tally.entities, k, n);
                        }
                    }
                    for k in &done.event_kinds {
                        count(&mut tally.events, k);
                    }
                    match done.out {
                        Output::Json(json) => jsons.push(json),
                        Output::Extraction(ex, text) => {
                            if let Some(sink) = &sink {
                                sink.borrow_mut()
                                    .write(&mut *out, &ex, &text)?;
                            }
                        }
                    }
                }
                Err(e) => {
                    tally.errors += 1;
                    eprintln!("depeche: {e}");
                }
            }
        }
        write_all_bufs(out, &jsons)?;
        progress.borrow_mut().update(tally.documents, tally.bytes);
        out.flush()
    };

    let push = |item: Item,
                batch: &mut Vec<Item>,
                tally: &mut Tally,
                out: &mut BufWriter<_>|
     -> io::Result<()> {
        let size = match &item {
            Item::Doc(doc) => doc.text.len(),
            Item::Line(_, _, bytes) => bytes.len(),
            Item::Error(_) => 0,
        };
        batch.push(item);
        batch_bytes.set(batch_bytes.get() + size);
        if batch.len() >= BATCH || batch_bytes.get() >= BATCH_BYTES {
            batch_bytes.set(0);
            flush(batch, tally, out)?;
        }
        Ok(())
    };

    let sources: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        let mut v = Vec::new();
        for p in &args.inputs {
            collect_files(p, args.jsonl, &mut v, &mut tally);
        }
        v
    };
    progress.borrow_mut().set_total(
        sources
            .iter()
            .filter(|p| p.as_os_str() != "-")
            .map(|p| std::fs::metadata(p).map(|m| m.len()).ok())
            .sum(),
    );
    for path in sources {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let reader: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(&path) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    push(
                        Item::Error(format!("cannot read '{name}': {e}")),
                        &mut batch,
                        &mut tally,
                        &mut out,
                    )?;
                    continue;
                }
            }
        };
        if args.jsonl {
            let shared_name: std::sync::Arc<str> = name.as_str().into();
            let mut r = BufReader::with_capacity(1 << 16, reader);
            let mut line = Vec::new();
            let mut n = 0usize;
            loop {
                line.clear();
                let got = match r.read_until(b'\n', &mut line) {
                    Ok(g) => g,
                    Err(e) => {
                        push(
                            Item::Error(format!("{name}: read error: {e}")),
                            &mut batch,
                            &mut tally,
                            &mut out,
                        )?;
                        break;
                    }
                };
                if got == 0 {
                    break;
                }
                n += 1;
                let item = Item::Line(
                    shared_name.clone(),
                    n,
                    std::mem::take(&mut line),
                );
                push(item, &mut batch, &mut tally, &mut out)?;
            }
        } else {
            let mut bytes = Vec::new();
            let mut reader = reader;
            if let Err(e) = reader.read_to_end(&mut bytes) {
                push(
                    Item::Error(format!("cannot read '{name}': {e}")),
                    &mut batch,
                    &mut tally,
                    &mut out,
                )?;
                continue;
            }
            let item = match decode(&name, bytes, args.lossy) {
                Ok(text) => {
                    let id = if path.as_os_str() == "-" {
                        "stdin".to_string()
                    } else {
                        path.file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_else(|| name.clone())
                    };
                    Item::Doc(Document::new(id, text))
                }
                Err(e) => Item::Error(e),
            };
            push(item, &mut batch, &mut tally, &mut out)?;
        }
    }
    flush(&mut batch, &mut tally, &mut out)?;
    if let Some(sink) = sink {
        sink.into_inner().finish(&mut out)?;
    }
    drop(out);
    progress.borrow_mut().finish();
    eprintln!(
        "depeche: {} documents, {} events, {} errors",
        tally.documents,
        tally.events.values().sum::<usize>(),
        tally.errors
    );

    if args.stats {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let mb = tally.bytes as f64 / 1e6;
        eprintln!(
            "depeche: {} documents, {:.2} MB in {:.2} s ({:.1} MB/s), {} errors",
            tally.documents, mb, secs, mb / secs, tally.errors
        );
        let list = |m: &std::collections::BTreeMap<String, usize>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        eprintln!("depeche: entities: {}", list(&tally.entities));
        eprintln!("depeche: events: {}", list(&tally.events));
    }
    Ok(if tally.errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Files under `path` (recursively, sorted), keeping plain text or JSON
/// Lines files; a path that does not exist is reported.
fn collect_files(
    path: &Path,
    jsonl: bool,
    out: &mut Vec<PathBuf>,
    tally: &mut Tally,
) {
    if path.as_os_str() == "-" || path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
            Err(e) => {
                eprintln!("depeche: cannot read '{}': {e}", path.display());
                tally.errors += 1;
                return;
            }
        };
        entries.sort();
        for p in entries {
            if p.is_dir() {
                collect_files(&p, jsonl, out, tally);
            } else {
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                let keep = if jsonl {
                    matches!(ext, "jsonl" | "ndjson" | "json")
                } else {
                    matches!(ext, "txt" | "text" | "")
                };
                if keep {
                    out.push(p);
                }
            }
        }
        return;
    }
    eprintln!(
        "depeche: cannot read '{}': no such file or directory",
        path.display()
    );
    tally.errors += 1;
}

fn decode(name: &str, bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => {
            Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s))
        }
        Err(e) if lossy => {
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s))
        }
        Err(e) => Err(depeche::Error::new(depeche::ErrorKind::InvalidUtf8 {
            source: name.to_string(),
            offset: e.utf8_error().valid_up_to(),
        })
        .to_string()),
    }
}

/// The fields of an input line, read straight into their types.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PlainLine {
    id: Option<serde_json::Value>,
    text: String,
    dct: Option<String>,
    sections: Option<serde_json::Value>,
}

/// The document of a well-formed UTF-8 line holding only the fields
/// `id` (a string or a number), `text`, `dct` and `sections`, each once:
/// the common case, read without building a JSON value of the line and
/// copying the text out of it. None for any other line, left to
/// [`parse_jsonl_line`], which gives the same document or the error.
fn parse_plain_line(name: &str, n: usize, line: &[u8]) -> Option<Document> {
    let text = std::str::from_utf8(line).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    let line: PlainLine = serde_json::from_str(text).ok()?;
    let id = match line.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(x)) => x.to_string(),
        None => format!("{name}:{n}"),
        Some(_) => return None,
    };
    let mut doc = Document::new(id, line.text);
    doc.dct = line.dct;
    if let Some(serde_json::Value::Array(secs)) = &line.sections {
        add_sections(&mut doc, secs);
    }
    Some(doc)
}

/// Adds the well-formed `sections` of an input line (char offsets) to
/// `doc` (byte offsets).
fn add_sections(doc: &mut Document, secs: &[serde_json::Value]) {
    for s in secs {
        let kind = s.get("kind").and_then(|k| k.as_str());
        let start = s.get("start").and_then(|k| k.as_u64());
        let end = s.get("end").and_then(|k| k.as_u64());
        if let (Some(kind), Some(start), Some(end)) = (kind, start, end) {
            // Sections come in char offsets; the library takes bytes.
            let to_byte = |c: u64| {
                doc.text
                    .char_indices()
                    .nth(c as usize)
                    .map(|(b, _)| b)
                    .unwrap_or(doc.text.len())
            };
            let (start, end) = (to_byte(start), to_byte(end));
            doc.sections.push(depeche::sections::Section {
                kind: kind.to_string(),
                start,
                end,
            });
        }
    }
}

/// Parses one JSON Lines input line; blank lines yield nothing.
fn parse_jsonl_line(
    name: &str,
    n: usize,
    line: &[u8],
    lossy: bool,
) -> Option<Item> {
    if let Some(doc) = parse_plain_line(name, n, line) {
        return Some(Item::Doc(doc));
    }
    let text = match decode(&format!("{name}:{n}"), line.to_vec(), lossy) {
        Ok(t) => t,
        Err(e) => return Some(Item::Error(e)),
    };
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let v: serde_json::Value = match serde_json::from_str(t) {
        Ok(v) => v,
        Err(e) => {
            return Some(Item::Error(format!(
                "{name}:{n}: malformed JSON: {e}"
            )))
        }
    };
    let Some(obj) = v.as_object() else {
        return Some(Item::Error(format!(
            "{name}:{n}: expected a JSON object"
        )));
    };
    let Some(text) = obj.get("text").and_then(|t| t.as_str()) else {
        return Some(Item::Error(format!(
            "{name}:{n}: missing string field \"text\""
        )));
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(x)) => x.to_string(),
        None | Some(serde_json::Value::Null) => format!("{name}:{n}"),
        Some(_) => {
            return Some(Item::Error(format!(
                "{name}:{n}: field \"id\" must be a string"
            )))
        }
    };
    let mut doc = Document::new(id, text);
    match obj.get("dct") {
        Some(serde_json::Value::String(s)) => doc.dct = Some(s.clone()),
        None | Some(serde_json::Value::Null) => {}
        Some(_) => {
            return Some(Item::Error(format!(
                "{name}:{n}: field \"dct\" must be a string"
            )))
        }
    }
    if let Some(serde_json::Value::Array(secs)) = obj.get("sections") {
        add_sections(&mut doc, secs);
    }
    Some(Item::Doc(doc))
}

fn run_eval(args: EvalArgs) -> io::Result<ExitCode> {
    let gold = std::fs::read_to_string(&args.gold).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read '{}': {e}", args.gold.display()),
        )
    })?;
    let pred = std::fs::read_to_string(&args.pred).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read '{}': {e}", args.pred.display()),
        )
    })?;
    let (gold_docs, gold_errs) = eval::read_corpus(&gold);
    let (pred_docs, pred_errs) = eval::read_corpus(&pred);
    for (n, e) in &gold_errs {
        eprintln!("depeche: {}:{n}: {e}", args.gold.display());
    }
    for (n, e) in &pred_errs {
        eprintln!("depeche: {}:{n}: {e}", args.pred.display());
    }
    let report = eval::score(&gold_docs, &pred_docs);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)
            .map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.table())?;
    }
    Ok(if gold_errs.is_empty() && pred_errs.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn other<E: std::fmt::Display>(e: E) -> io::Error {
    io::Error::new(io::ErrorKind::Other, e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes at most `step` bytes a call, with the default
    /// `write_vectored` (the first non-empty buffer only).
    struct Trickle {
        got: Vec<u8>,
        step: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = buf.len().min(self.step);
            self.got.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn all_bufs_written_in_order() {
        let bufs: Vec<Vec<u8>> = ["ab", "", "cde\n", "", "", "f", "ghijk\n"]
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .collect();
        let want = bufs.concat();
        for step in 1..9 {
            let mut w = Trickle { got: Vec::new(), step };
            write_all_bufs(&mut w, &bufs).unwrap();
            assert_eq!(w.got, want, "{step}");
        }
        let mut w = BufWriter::with_capacity(4, Vec::new());
        write_all_bufs(&mut w, &bufs).unwrap();
        assert_eq!(w.into_inner().unwrap(), want);
        let mut w = Trickle { got: Vec::new(), step: 1 };
        write_all_bufs(&mut w, &[Vec::new(), Vec::new()]).unwrap();
        assert!(w.got.is_empty());
    }
}
