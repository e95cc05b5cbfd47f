//! The desktop's background thread: reading guide folders and writing the state away from the
//! window's thread, so a slow disk or a network folder never stalls a frame.

use std::sync::mpsc;

use crate::platform::Background;

type Job = Box<dyn FnOnce() + Send>;

/// One thread that runs jobs in the order given: a later save never lands before an earlier
/// one.
pub struct Worker {
    jobs: mpsc::Sender<Job>,
}

impl Worker {
    /// Starts the thread; Err says why the system would not.
    pub fn start() -> std::io::Result<Self> {
        #[expect(
            clippy::disallowed_methods,
            reason = "the background thread's queue; the thread lives here, in src/native"
        )]
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("background".to_owned())
            .spawn(move || {
                // Ends when the app drops the worker.
                for job in queue {
                    job();
                }
            })?;
        Ok(Self { jobs })
    }
}

impl Background for Worker {
    fn run(&self, job: Job) {
        if let Err(mpsc::SendError(job)) = self.jobs.send(job) {
            // The thread is gone (it cannot end while the worker lives, but): the work is still
            // done, here.
            job();
        }
    }

    fn finish(&self) {
        let (done, finished) = mpsc::sync_channel(1);
        self.run(Box::new(move || {
            // The waiting side may have stopped waiting; nothing to do about it.
            done.send(()).ok();
        }));
        finished.recv().ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn jobs_run_in_order_and_finish_waits_for_them() {
        let worker = Worker::start().unwrap();
        let done = Arc::new(Mutex::new(Vec::new()));
        for n in 0..20 {
            let done = Arc::clone(&done);
            worker.run(Box::new(move || done.lock().unwrap().push(n)));
        }
        worker.finish();
        assert_eq!(*done.lock().unwrap(), (0..20).collect::<Vec<_>>());
    }
}
