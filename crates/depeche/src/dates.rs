//! French dates, times and durations, resolved against the document date.
