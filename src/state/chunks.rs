//! The chunk-loading reducer: how far the chunks of a chunked index have come.

use std::rc::Rc;

use yew::Reducible;

/// How far the chunks of a chunked index have come (see `ChunkLoader`).
#[derive(Clone, Debug, PartialEq)]
pub enum ChunkLoad {
    Loading {
        chunks: usize,
        bytes: usize,
        statements: usize,
    },
    Done(Rc<redlines_core::Index>),
    Failed(String),
}

impl Default for ChunkLoad {
    fn default() -> Self {
        ChunkLoad::Loading {
            chunks: 0,
            bytes: 0,
            statements: 0,
        }
    }
}

/// What the chunk loader learns from the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadAction {
    /// One more chunk arrived, of `bytes` bytes holding `statements`.
    Arrived {
        bytes: usize,
        statements: usize,
    },
    Done(Rc<redlines_core::Index>),
    Failed(String),
}

impl Reducible for ChunkLoad {
    type Action = LoadAction;

    fn reduce(self: Rc<Self>, action: LoadAction) -> Rc<Self> {
        match (&*self, action) {
            // The first failure is the one worth telling; later news changes nothing.
            (ChunkLoad::Failed(_) | ChunkLoad::Done(_), _) => self,
            (
                ChunkLoad::Loading {
                    chunks,
                    bytes,
                    statements,
                },
                LoadAction::Arrived {
                    bytes: more_bytes,
                    statements: more_statements,
                },
            ) => Rc::new(ChunkLoad::Loading {
                chunks: chunks + 1,
                bytes: bytes + more_bytes,
                statements: statements + more_statements,
            }),
            (ChunkLoad::Loading { .. }, LoadAction::Done(index)) => Rc::new(ChunkLoad::Done(index)),
            (ChunkLoad::Loading { .. }, LoadAction::Failed(reason)) => {
                Rc::new(ChunkLoad::Failed(reason))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_loading_counts_arrivals_and_keeps_the_first_failure() {
        let load = Rc::new(ChunkLoad::default());
        let load = load.reduce(LoadAction::Arrived {
            bytes: 1000,
            statements: 12,
        });
        let load = load.reduce(LoadAction::Arrived {
            bytes: 500,
            statements: 3,
        });
        assert_eq!(
            *load,
            ChunkLoad::Loading {
                chunks: 2,
                bytes: 1500,
                statements: 15
            }
        );
        let failed = load.reduce(LoadAction::Failed("part 3 is damaged".into()));
        let still = failed.clone().reduce(LoadAction::Failed("later".into()));
        assert_eq!(*still, ChunkLoad::Failed("part 3 is damaged".into()));
    }
}
