//! The one error type of the library.

use std::fmt;

/// An error from building an extractor or reading its inputs.
///
/// Extraction itself never fails; only building (reading gazetteers,
/// parsing options) and input decoding can.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A gazetteer row is malformed.
    Gazetteer {
        /// File the row comes from.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A file or directory could not be read.
    Io {
        /// The path.
        path: String,
        /// The system's message.
        message: String,
    },
    /// A document creation time could not be parsed.
    InvalidDct(String),
    /// Input bytes are not valid UTF-8.
    InvalidUtf8 {
        /// Where the input comes from.
        source: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

impl Error {
    /// Builds an error of the given kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn gazetteer(
        file: &str,
        line: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::Gazetteer {
            file: file.to_string(),
            line,
            message: message.into(),
        })
    }

    pub(crate) fn io(path: &std::path::Path, err: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.display().to_string(),
            message: err.to_string(),
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Gazetteer { file, line, message } => {
                write!(f, "{file}:{line}: bad gazetteer row: {message}")
            }
            ErrorKind::Io { path, message } => {
                write!(f, "cannot read '{path}': {message}")
            }
            ErrorKind::InvalidDct(s) => {
                write!(f, "invalid document date '{s}' (expected YYYY-MM-DD)")
            }
            ErrorKind::InvalidUtf8 { source, offset } => write!(
                f,
                "{source}: invalid UTF-8 at byte {offset} \
                 (use --lossy to replace bad bytes)"
            ),
        }
    }
}

impl std::error::Error for Error {}
