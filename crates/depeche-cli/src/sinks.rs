//! Where `extract` and `export` write: JSON with explanations, CSV, BRAT,
//! Label Studio, GeoJSON or the HTML report.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use depeche::formats::{brat, csv, geojson, html, label_studio};
use depeche::Extraction;

use crate::explain::Explainer;
use crate::Format;

enum Kind {
    Json { pretty: bool },
    Csv,
    Brat(Option<brat::BratWriter>),
    LabelStudio { first: bool },
    GeoJson(Option<geojson::GeoJsonWriter>),
    Html(Vec<(Extraction, String)>),
}

/// One output of a run.
pub struct Sink<'a> {
    kind: Kind,
    explain: Option<Explainer<'a>>,
    file: Option<BufWriter<std::fs::File>>,
    started: bool,
}

impl<'a> Sink<'a> {
    /// A sink for `format`; `out` is the file (or, for BRAT, the
    /// directory) to write instead of standard output.
    pub fn new(
        format: Format,
        out: Option<PathBuf>,
        pretty: bool,
        explain: Option<Explainer<'a>>,
    ) -> io::Result<Sink<'a>> {
        let mut file = None;
        let kind = match format {
            Format::Brat => {
                let Some(dir) = out else {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidInput,
                        "--format brat needs --out DIR",
                    ));
                };
                Kind::Brat(Some(brat::BratWriter::new(dir)?))
            }
            _ => {
                if let Some(p) = out {
                    let f = std::fs::File::create(&p).map_err(|e| {
                        io::Error::new(
                            e.kind(),
                            format!("cannot write '{}': {e}", p.display()),
                        )
                    })?;
                    file = Some(BufWriter::new(f));
                }
                match format {
                    Format::Json | Format::Jsonl => {
                        Kind::Json { pretty: pretty && format == Format::Json }
                    }
                    Format::Csv => Kind::Csv,
                    Format::LabelStudio => Kind::LabelStudio { first: true },
                    // The opening is written with the first document.
                    Format::Geojson => Kind::GeoJson(None),
                    _ => Kind::Html(Vec::new()),
                }
            }
        };
        Ok(Sink { kind, explain, file, started: false })
    }

    /// Writes the opening of the output, once.
    fn start(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        match &mut self.kind {
            Kind::Csv => csv::write_header(w),
            Kind::LabelStudio { .. } => w.write_all(b"["),
            Kind::GeoJson(g) => {
                *g = Some(geojson::GeoJsonWriter::new(w)?);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Writes one document.
    pub fn write(
        &mut self,
        stdout: &mut dyn Write,
        ex: &Extraction,
        text: &str,
    ) -> io::Result<()> {
        let mut file = self.file.take();
        let r = self.write_to(
            match file.as_mut() {
                Some(f) => f as &mut dyn Write,
                None => stdout,
            },
            ex,
            text,
        );
        self.file = file;
        r
    }

    fn write_to(
        &mut self,
        w: &mut dyn Write,
        ex: &Extraction,
        text: &str,
    ) -> io::Result<()> {
        self.start(w)?;
        let annotated;
        let ex = match &self.explain {
            Some(x) => {
                if let Kind::Json { pretty } = self.kind {
                    let v = x.to_json(ex);
                    if pretty {
                        serde_json::to_writer_pretty(&mut *w, &v)
                    } else {
                        serde_json::to_writer(&mut *w, &v)
                    }
                    .map_err(io::Error::from)?;
                    return w.write_all(b"\n");
                }
                let mut o = ex.clone();
                x.annotate_events(&mut o);
                annotated = o;
                &annotated
            }
            None => ex,
        };
        match &mut self.kind {
            Kind::Json { pretty: true } => {
                serde_json::to_writer_pretty(&mut *w, ex)
                    .map_err(io::Error::from)?;
                w.write_all(b"\n")
            }
            Kind::Json { pretty: false } => w.write_all(&crate::json_line(ex)),
            Kind::Csv => csv::write_events(w, ex, text),
            Kind::Brat(b) => match b.as_mut() {
                Some(b) => b.add(ex, text),
                None => Ok(()),
            },
            Kind::LabelStudio { first } => {
                if !*first {
                    w.write_all(b",")?;
                }
                *first = false;
                w.write_all(b"\n")?;
                let task = label_studio::task(ex, text);
                serde_json::to_writer(&mut *w, &task).map_err(io::Error::from)
            }
            Kind::GeoJson(g) => match g.as_mut() {
                Some(g) => g.add(w, ex),
                None => Ok(()),
            },
            Kind::Html(docs) => {
                docs.push((ex.clone(), text.to_string()));
                Ok(())
            }
        }
    }

    /// Writes the end of the output (HTML: the whole page).
    pub fn finish(mut self, stdout: &mut dyn Write) -> io::Result<()> {
        let mut file = self.file.take();
        let w: &mut dyn Write = match file.as_mut() {
            Some(f) => f,
            None => stdout,
        };
        self.start(w)?;
        match std::mem::replace(&mut self.kind, Kind::Csv) {
            Kind::Brat(b) => {
                if let Some(b) = b {
                    b.finish()?;
                }
            }
            Kind::LabelStudio { .. } => w.write_all(b"\n]\n")?,
            Kind::GeoJson(Some(g)) => g.finish(w)?,
            Kind::Html(docs) => html::write_report(
                w,
                docs.iter().map(|(e, t)| (e, t.as_str())),
            )?,
            _ => {}
        }
        w.flush()
    }
}
