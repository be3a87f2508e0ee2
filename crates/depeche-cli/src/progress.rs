//! A progress line on stderr for long runs: documents, MB/s and ETA, drawn
//! only when stderr is a terminal (silent otherwise).
//!
//! Hand-written rather than with a progress-bar crate: one line redrawn a
//! few times a second needs no dependency, and the ETA here comes from
//! bytes (file sizes known up front), not from an item count.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    started: Instant,
    last: Option<Instant>,
    total_bytes: Option<u64>,
    drawn: bool,
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            started: Instant::now(),
            last: None,
            total_bytes: None,
            drawn: false,
        }
    }

    /// The total input size, when known (files, not standard input).
    pub fn set_total(&mut self, bytes: Option<u64>) {
        self.total_bytes = bytes.filter(|b| *b > 0);
    }

    /// Redraws the line (at most every 100 ms).
    pub fn update(&mut self, documents: usize, bytes: usize) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self.last.is_some_and(|l| now - l < Duration::from_millis(100)) {
            return;
        }
        self.last = Some(now);
        let secs = (now - self.started).as_secs_f64().max(1e-6);
        let mb = bytes as f64 / 1e6;
        let rate = mb / secs;
        let mut line = String::new();
        match self.total_bytes {
            Some(total) => {
                let frac = (bytes as f64 / total as f64).clamp(0.0, 1.0);
                let width = 24;
                let full = (frac * width as f64).round() as usize;
                let eta = if bytes > 0 {
                    let left = (total as f64 - bytes as f64).max(0.0);
                    format_secs(left / (bytes as f64 / secs))
                } else {
                    "?".to_string()
                };
                line.push_str(&format!(
                    "[{}{}] {:>3.0}% {documents} documents, {rate:.1} MB/s, ETA {eta}",
                    "#".repeat(full),
                    "-".repeat(width - full),
                    frac * 100.0
                ));
            }
            None => line.push_str(&format!(
                "{documents} documents, {mb:.1} MB, {rate:.1} MB/s"
            )),
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
        self.drawn = true;
    }

    /// Clears the line.
    pub fn finish(&mut self) {
        if self.enabled && self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

fn format_secs(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
