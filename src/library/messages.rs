//! What the page (`src/worker_client.rs`) and the import worker
//! (`src/bin/import-worker.rs`) say to each other: one enum each way,
//! defined here once for both binaries.
//!
//! Every message crosses as one postcard-encoded `Uint8Array` whose buffer
//! is handed over, not copied: [`encode`] once on the sending side, [`decode`]
//! once on the receiving side. Both binaries come from the same build, so the
//! layout needs no version tag; a message that does not decode means a
//! broken worker, which the page reports as such.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{JobReply, JobRequest};

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Index the bundled corpus with the user's articles and new files.
    Job(JobRequest),
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// In a build with a chunked index: chunk `number` (from 0) of `of`
    /// arrived and passed its checks against the manifest. `bytes` is the
    /// chunk file as fetched, which the page decodes with `Chunk::from_bytes`,
    /// the one reader of the index format.
    Chunk {
        number: u32,
        of: u32,
        #[serde(with = "bytes")]
        bytes: Vec<u8>,
    },
    /// The worker listens for jobs (in a chunked build: every chunk arrived).
    Ready,
    /// What the current job is doing, for the page to show.
    Progress(String),
    /// The job's outcome and the new index's bytes (`Index::to_bytes`),
    /// empty when the reply carries a failure.
    Done {
        reply: JobReply,
        #[serde(with = "bytes")]
        index: Vec<u8>,
    },
    /// The job or the loading of the index failed; a sentence for the page.
    Failed(String),
}

/// A message as the bytes that cross to the other side.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    postcard::to_allocvec(message).expect("messages are plain data and always serialize")
}

/// The message in `bytes`; the error says why it could not be read.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|error| error.to_string())
}

/// File and index bytes as one run of bytes rather than a sequence of
/// numbers, so that they are copied in one go, not byte by byte.
pub mod bytes {
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Vec<u8>;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
                Ok(bytes.to_vec())
            }
            fn visit_byte_buf<E: serde::de::Error>(self, bytes: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(bytes)
            }
        }
        deserializer.deserialize_byte_buf(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{Pasted, Upload, UserArticle};

    #[test]
    fn every_message_reads_back_as_sent() {
        let job = ToWorker::Job(JobRequest {
            articles: vec![UserArticle {
                name: "a.txt".into(),
                text: "Text “quoted”.".into(),
                note: None,
            }],
            uploads: vec![Upload {
                name: "b.html".into(),
                bytes: vec![0, 1, 2, 255],
            }],
            pasted: vec![Pasted {
                title: "T".into(),
                text: "P".into(),
            }],
        });
        assert_eq!(decode::<ToWorker>(&encode(&job)), Ok(job));
        for message in [
            FromWorker::Chunk {
                number: 1,
                of: 3,
                bytes: vec![7; 1000],
            },
            FromWorker::Ready,
            FromWorker::Progress("Reading 1 of 2".into()),
            FromWorker::Done {
                reply: JobReply {
                    added: vec!["a.txt".into()],
                    failure: Some("no".into()),
                    ..JobReply::default()
                },
                index: vec![3, 0, 9],
            },
            FromWorker::Failed("The worker failed.".into()),
        ] {
            assert_eq!(decode::<FromWorker>(&encode(&message)), Ok(message));
        }
    }

    #[test]
    fn bytes_cross_as_one_run_and_garbage_is_refused() {
        let encoded = encode(&FromWorker::Chunk {
            number: 0,
            of: 1,
            bytes: vec![42; 300],
        });
        // Variant, two numbers, a two-byte length, then the bytes themselves.
        assert_eq!(encoded.len(), 1 + 1 + 1 + 2 + 300);
        assert!(encoded.ends_with(&[42; 300]));
        assert!(decode::<FromWorker>(&[200, 1, 2]).is_err());
        assert!(decode::<FromWorker>(&[]).is_err());
    }
}
