//! The progress bar on standard error for long runs on a terminal.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs shorter than this never show a bar.
const GRACE: Duration = Duration::from_millis(500);

pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
    documents: u64,
}

impl Progress {
    /// A bar over `total` bytes (a spinner when unknown), drawn only when
    /// `enabled` and once the run has lasted a moment.
    pub(crate) fn new(enabled: bool, total: Option<u64>) -> Self {
        let bar = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
            let template = if total.is_some() {
                "{spinner} {elapsed} [{wide_bar}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg}"
            } else {
                "{spinner} {elapsed} {binary_bytes} {binary_bytes_per_sec} {msg}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Self {
            bar,
            started: Instant::now(),
            shown: false,
            documents: 0,
        }
    }

    /// Records `bytes` read and `documents` checked.
    pub(crate) fn advance(&mut self, bytes: u64, documents: u64) {
        let Some(bar) = &self.bar else { return };
        self.documents += documents;
        bar.inc(bytes);
        bar.set_message(format!("{} documents", self.documents));
        if !self.shown && self.started.elapsed() >= GRACE {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
    }

    /// Runs `f` with the bar hidden, so that what it prints is not mixed
    /// with the bar's line.
    pub(crate) fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) if self.shown => bar.suspend(f),
            _ => f(),
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
