//! Python bindings of depeche: the module `depeche` (built by maturin).
//!
//! The Python results are the CLI's JSON documents: each [`Extraction`] is
//! serialized with serde_json (as `depeche extract --format jsonl` does)
//! and turned into plain dicts and lists by Python's `json` module, so the
//! two cannot drift apart.

use std::path::PathBuf;

use depeche::sections::Section;
use depeche::{Document, Extraction};
use pyo3::create_exception;
use pyo3::exceptions::{PyImportError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use rayon::prelude::*;

create_exception!(
    depeche,
    DepecheError,
    PyValueError,
    "An error from depeche: a bad gazetteer directory or row, or an \
     invalid document date. The message is the one the CLI prints."
);

fn lib_err(e: depeche::Error) -> PyErr {
    DepecheError::new_err(e.to_string())
}

/// Documents handed to the threads at once by `extract_many`, per thread.
const CHUNK_PER_THREAD: usize = 256;

/// Extracts places, actors, dates and conflict events from French text.
///
/// Build it once and reuse it: building compiles the gazetteers, and one
/// extractor serves any number of documents and threads.
///
/// Args:
///     gazetteer_dir: a directory (or a list of directories) whose `*.tsv`
///         files add rows to the embedded gazetteers; a row with an
///         existing id replaces it (the CLI's `--gazetteer DIR`).
///     keep_comments: keep what is found in reader comments (the CLI's
///         `--keep-comments`).
///
/// Raises:
///     DepecheError: a directory cannot be read, holds no `.tsv` file, or
///         has a bad row (same message as the CLI).
#[pyclass(module = "depeche", frozen)]
struct Extractor {
    inner: depeche::Extractor,
    dirs: Vec<PathBuf>,
    keep_comments: bool,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (gazetteer_dir=None, keep_comments=false))]
    fn new(
        py: Python<'_>,
        gazetteer_dir: Option<&Bound<'_, PyAny>>,
        keep_comments: bool,
    ) -> PyResult<Self> {
        let dirs = match gazetteer_dir {
            None => Vec::new(),
            Some(d) if d.is_none() => Vec::new(),
            Some(d) => match d.extract::<PathBuf>() {
                Ok(p) => vec![p],
                Err(_) => {
                    if d.is_instance_of::<PyString>() {
                        return Err(PyTypeError::new_err(
                            "gazetteer_dir must be a path",
                        ));
                    }
                    let mut v = Vec::new();
                    for item in d.try_iter().map_err(|_| {
                        PyTypeError::new_err(
                            "gazetteer_dir must be a path or a list of paths",
                        )
                    })? {
                        v.push(item?.extract::<PathBuf>()?);
                    }
                    v
                }
            },
        };
        let inner = py
            .detach(|| {
                let mut b = depeche::Extractor::builder();
                for d in &dirs {
                    b.gazetteer_dir(d);
                }
                b.keep_comments(keep_comments);
                b.build()
            })
            .map_err(lib_err)?;
        Ok(Extractor { inner, dirs, keep_comments })
    }

    /// Extracts one document.
    ///
    /// Args:
    ///     text: the document's text.
    ///     dct: document creation time, `YYYY-MM-DD`; dates are resolved
    ///         against it (inferred from the text when None).
    ///     id: the document id copied to the result (default "").
    ///     sections: declared sections, `[{"kind": "comments", "start":
    ///         .., "end": ..}]` in char offsets, as in the corpus format.
    ///
    /// Returns:
    ///     A dict in the schema's shape, equal to the CLI's JSON document
    ///     for the same input (`id`, `dct`, `dct_source`, `sections`,
    ///     `entities`, `events`; char offsets).
    ///
    /// Raises:
    ///     DepecheError: `dct` is not a valid `YYYY-MM-DD` date.
    #[pyo3(signature = (text, dct=None, id=None, *, sections=None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: String,
        dct: Option<String>,
        id: Option<&Bound<'py, PyAny>>,
        sections: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if let Some(d) = &dct {
            depeche::Extractor::parse_dct(d).map_err(lib_err)?;
        }
        let id = match id {
            Some(v) => id_string(v).ok_or_else(|| {
                PyTypeError::new_err("field \"id\" must be a string")
            })?,
            None => String::new(),
        };
        let mut doc = Document::new(id, text);
        doc.dct = dct;
        if let Some(s) = sections {
            doc.sections = parse_sections(&doc.text, s)?;
        }
        let inner = &self.inner;
        let json =
            py.detach(|| to_json(&inner.extract(&doc))).map_err(json_err)?;
        py.import("json")?.getattr("loads")?.call1((json,))
    }

    /// Extracts many documents on several threads, releasing the GIL.
    ///
    /// Args:
    ///     docs: an iterable of texts (str) or of dicts
    ///         `{"text", "id"?, "dct"?, "sections"?}` as in the corpus
    ///         JSON Lines (extra keys are ignored). A text's id is its
    ///         position in `docs`, as is a dict's without an "id".
    ///     threads: worker threads (default: all cores).
    ///     dct: a document creation time for every document, overriding
    ///         their own (the CLI's `--dct`).
    ///     as_json: return each result as its JSON text (the CLI's output
    ///         line) instead of a dict.
    ///
    /// Returns:
    ///     A list of results, in the order of `docs`.
    ///
    /// Raises:
    ///     DepecheError: `dct` is not a valid `YYYY-MM-DD` date.
    ///     TypeError: an item is neither a str nor a dict with a string
    ///         "text" (message names the item, as the CLI names the line).
    ///
    /// A dict's own "dct" is used as the CLI uses a JSON Lines "dct": an
    /// unusable one is ignored and the date inferred from the text.
    #[pyo3(signature = (docs, threads=None, *, dct=None, as_json=false))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        threads: Option<usize>,
        dct: Option<String>,
        as_json: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        if let Some(d) = &dct {
            depeche::Extractor::parse_dct(d).map_err(lib_err)?;
        }
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        let pool = match threads {
            Some(n) if n > 1 => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| PyValueError::new_err(e.to_string()))?,
            ),
            _ => None,
        };
        let n_threads = match threads {
            Some(n) => n,
            None => rayon::current_num_threads(),
        };
        let chunk = CHUNK_PER_THREAD * n_threads.max(1);
        let loads = py.import("json")?.getattr("loads")?;
        let out = PyList::empty(py);
        let mut batch: Vec<Document> = Vec::with_capacity(chunk);
        let mut index = 0usize;
        let inner = &self.inner;
        let run = |batch: &mut Vec<Document>,
                   out: &Bound<'py, PyList>|
         -> PyResult<()> {
            let docs = std::mem::take(batch);
            let jsons = py.detach(|| {
                let work = || -> Result<Vec<String>, serde_json::Error> {
                    if threads == Some(1) {
                        docs.iter()
                            .map(|d| to_json(&inner.extract(d)))
                            .collect()
                    } else {
                        docs.par_iter()
                            .map(|d| to_json(&inner.extract(d)))
                            .collect()
                    }
                };
                match &pool {
                    Some(p) => p.install(work),
                    None => work(),
                }
            });
            for j in jsons.map_err(json_err)? {
                if as_json {
                    out.append(j)?;
                } else {
                    out.append(loads.call1((j,))?)?;
                }
            }
            Ok(())
        };
        for item in docs.try_iter()? {
            let mut doc = doc_from_item(index, &item?)?;
            if let Some(d) = &dct {
                doc.dct = Some(d.clone());
            }
            index += 1;
            batch.push(doc);
            if batch.len() >= chunk {
                run(&mut batch, &out)?;
            }
        }
        if !batch.is_empty() {
            run(&mut batch, &out)?;
        }
        Ok(out)
    }

    /// The extra gazetteer directories given to the constructor.
    #[getter]
    fn gazetteer_dirs(&self) -> Vec<String> {
        self.dirs.iter().map(|d| d.display().to_string()).collect()
    }

    /// Whether what is found in reader comments is kept.
    #[getter]
    fn keep_comments(&self) -> bool {
        self.keep_comments
    }

    fn __repr__(&self) -> String {
        let dirs: Vec<String> = self
            .dirs
            .iter()
            .map(|d| format!("{:?}", d.display().to_string()))
            .collect();
        format!(
            "Extractor(gazetteer_dir=[{}], keep_comments={})",
            dirs.join(", "),
            if self.keep_comments { "True" } else { "False" }
        )
    }

    /// Pickles as its arguments: unpickling rebuilds the extractor, so it
    /// can be shipped to Dask or Spark workers (the gazetteer directories
    /// must exist there too).
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let args = (me.dirs.clone(), me.keep_comments);
        PyTuple::new(
            py,
            [slf.get_type().into_any(), args.into_pyobject(py)?.into_any()],
        )
    }
}

fn to_json(ex: &Extraction) -> Result<String, serde_json::Error> {
    serde_json::to_string(ex)
}

fn json_err(e: serde_json::Error) -> PyErr {
    PyValueError::new_err(format!("cannot serialize a result: {e}"))
}

/// An id as the CLI takes it from JSON: a string, or a number's text.
fn id_string(v: &Bound<'_, PyAny>) -> Option<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return s.to_cow().ok().map(|c| c.into_owned());
    }
    if v.is_instance_of::<pyo3::types::PyBool>() {
        return None;
    }
    if v.is_instance_of::<pyo3::types::PyInt>()
        || v.is_instance_of::<pyo3::types::PyFloat>()
    {
        return v.str().ok().map(|s| s.to_string());
    }
    None
}

/// One item of `extract_many`: a text, or a dict like a corpus line.
fn doc_from_item(i: usize, item: &Bound<'_, PyAny>) -> PyResult<Document> {
    if let Ok(s) = item.cast::<PyString>() {
        return Ok(Document::new(i.to_string(), s.to_cow()?.into_owned()));
    }
    let Ok(obj) = item.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "item {i}: expected a str or a dict"
        )));
    };
    let text = match obj.get_item("text")? {
        Some(t) if t.is_instance_of::<PyString>() => t.extract::<String>()?,
        _ => {
            return Err(PyTypeError::new_err(format!(
                "item {i}: missing string field \"text\""
            )))
        }
    };
    let id = match obj.get_item("id")? {
        None => i.to_string(),
        Some(v) if v.is_none() => i.to_string(),
        Some(v) => id_string(&v).ok_or_else(|| {
            PyTypeError::new_err(format!(
                "item {i}: field \"id\" must be a string"
            ))
        })?,
    };
    let mut doc = Document::new(id, text);
    match obj.get_item("dct")? {
        None => {}
        Some(v) if v.is_none() => {}
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => doc.dct = Some(s.to_cow()?.into_owned()),
            Err(_) => {
                return Err(PyTypeError::new_err(format!(
                    "item {i}: field \"dct\" must be a string"
                )))
            }
        },
    }
    if let Some(s) = obj.get_item("sections")? {
        doc.sections = parse_sections(&doc.text, &s)?;
    }
    Ok(doc)
}

/// Declared sections in char offsets (as the CLI reads them from JSON
/// Lines: entries without a string kind and two non-negative integer
/// offsets are skipped) turned into the library's byte offsets.
fn parse_sections(text: &str, v: &Bound<'_, PyAny>) -> PyResult<Vec<Section>> {
    let Ok(list) = v.cast::<PyList>() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for s in list.iter() {
        let Ok(d) = s.cast::<PyDict>() else { continue };
        let kind =
            d.get_item("kind")?.and_then(|k| k.extract::<String>().ok());
        let int = |key: &str| -> PyResult<Option<u64>> {
            Ok(match d.get_item(key)? {
                Some(x) if !x.is_instance_of::<pyo3::types::PyBool>() => {
                    x.extract::<u64>().ok()
                }
                _ => None,
            })
        };
        if let (Some(kind), Some(start), Some(end)) =
            (kind, int("start")?, int("end")?)
        {
            let to_byte = |c: u64| {
                text.char_indices()
                    .nth(c as usize)
                    .map(|(b, _)| b)
                    .unwrap_or(text.len())
            };
            out.push(Section {
                kind,
                start: to_byte(start),
                end: to_byte(end),
            });
        }
    }
    Ok(out)
}

/// Columns of `to_pandas`, in order.
const COLUMNS: &[&str] = &[
    "doc_id",
    "dct",
    "event_id",
    "kind",
    "trigger",
    "trigger_start",
    "trigger_end",
    "n_triggers",
    "agent",
    "target",
    "location",
    "time",
    "destination",
    "source",
    "agent_ids",
    "target_ids",
    "location_ids",
    "time_ids",
    "destination_ids",
    "source_ids",
    "country",
    "lat",
    "lon",
    "date",
    "killed",
    "injured",
    "abducted",
    "polarity",
    "modality",
];

const ROLES: &[&str] =
    &["agent", "target", "location", "time", "destination", "source"];

/// One row per event of `results` as a pandas DataFrame.
///
/// Args:
///     results: results of `Extractor.extract` / `extract_many` (dicts, or
///         JSON texts from `as_json=True`).
///
/// Returns:
///     A `pandas.DataFrame` with one row per event: the document's
///     `doc_id` and `dct`; the event's `event_id`, `kind`, first
///     `trigger` (text, `trigger_start`, `trigger_end`, char offsets) and
///     `n_triggers`; for each role (agent, target, location, time,
///     destination, source) the entities' names joined by "; " (canonical
///     name, a date's value, else the first mention's text) and their ids
///     (`agent_ids`, ...); `country`, `lat` and `lon` of the first
///     location; `date`, `killed`, `injured`, `abducted`, `polarity`,
///     `modality`; and any further scalar event fields.
///
/// Raises:
///     ImportError: pandas is not installed.
#[pyfunction]
fn to_pandas<'py>(
    py: Python<'py>,
    results: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let pandas = py.import("pandas").map_err(|_| {
        PyImportError::new_err(
            "depeche.to_pandas needs pandas (pip install pandas)",
        )
    })?;
    let dumps = py.import("json")?.getattr("dumps")?;
    let mut columns: Vec<String> =
        COLUMNS.iter().map(|s| s.to_string()).collect();
    let rows = PyList::empty(py);
    for r in results.try_iter()? {
        let r = r?;
        let text: String = if let Ok(s) = r.cast::<PyString>() {
            s.to_cow()?.into_owned()
        } else {
            dumps.call1((&r,))?.extract()?
        };
        let doc: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| PyValueError::new_err(format!("bad result: {e}")))?;
        for row in event_rows(&doc, &mut columns) {
            let d = PyDict::new(py);
            for (k, v) in row {
                d.set_item(k, value_to_py(py, &v)?)?;
            }
            rows.append(d)?;
        }
    }
    let kwargs = PyDict::new(py);
    kwargs.set_item("columns", columns)?;
    pandas.getattr("DataFrame")?.call((rows,), Some(&kwargs))
}

fn event_rows(
    doc: &serde_json::Value,
    columns: &mut Vec<String>,
) -> Vec<Vec<(String, serde_json::Value)>> {
    use serde_json::Value;
    let empty = Vec::new();
    let entities = doc["entities"].as_array().unwrap_or(&empty);
    let find = |id: &str| entities.iter().find(|e| e["id"] == id);
    let name = |id: &str| -> String {
        let Some(e) = find(id) else { return id.to_string() };
        for key in ["canonical", "value"] {
            if let Some(s) = e[key].as_str() {
                return s.to_string();
            }
        }
        e["mentions"][0]["text"].as_str().unwrap_or(id).to_string()
    };
    let mut rows = Vec::new();
    for ev in doc["events"].as_array().unwrap_or(&empty) {
        let mut row: Vec<(String, Value)> = Vec::new();
        let mut put = |k: &str, v: Value| row.push((k.to_string(), v));
        put("doc_id", doc["id"].clone());
        put("dct", doc["dct"].clone());
        put("event_id", ev["id"].clone());
        put("kind", ev["kind"].clone());
        let first = &ev["triggers"][0];
        put("trigger", first["text"].clone());
        put("trigger_start", first["start"].clone());
        put("trigger_end", first["end"].clone());
        put(
            "n_triggers",
            ev["triggers"].as_array().map_or(0, Vec::len).into(),
        );
        for role in ROLES {
            let ids: Vec<&str> = ev[*role]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let names: Vec<String> = ids.iter().map(|i| name(i)).collect();
            put(role, names.join("; ").into());
            put(&format!("{role}_ids"), ids.join("; ").into());
        }
        let loc = ev["location"][0].as_str().and_then(find);
        for key in ["country", "lat", "lon"] {
            put(key, loc.map_or(Value::Null, |e| e[key].clone()));
        }
        for key in
            ["date", "killed", "injured", "abducted", "polarity", "modality"]
        {
            put(key, ev[key].clone());
        }
        if let Some(obj) = ev.as_object() {
            for (k, v) in obj {
                let known = COLUMNS.contains(&k.as_str())
                    || ROLES.contains(&k.as_str())
                    || k == "id"
                    || k == "triggers";
                if known || v.is_array() || v.is_object() {
                    continue;
                }
                if !columns.iter().any(|c| c == k) {
                    columns.push(k.clone());
                }
                put(k, v.clone());
            }
        }
        rows.push(row);
    }
    rows
}

fn value_to_py<'py>(
    py: Python<'py>,
    v: &serde_json::Value,
) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_u64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        other => other.to_string().into_pyobject(py)?.into_any(),
    })
}

/// depeche: places, actors, dates and conflict events from French news
/// text.
///
/// `Extractor()` builds an extractor over the embedded gazetteers;
/// `extract(text, dct=None)` returns one result as plain dicts and lists
/// in the shape of the CLI's JSON (char offsets: `text[start:end]` is a
/// mention's text); `extract_many(docs, threads=N)` runs many documents
/// on N threads without holding the GIL; `to_pandas(results)` gives one
/// row per event.
#[pymodule]
#[pyo3(name = "depeche")]
fn depeche_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(to_pandas, m)?)?;
    m.add("DepecheError", m.py().get_type::<DepecheError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
