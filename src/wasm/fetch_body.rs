//! Reading a `fetch` response body chunk by chunk through its `ReadableStream` reader, within the
//! client's body limit ([`crate::client::read_bounded`] decides; this file only reads).
//!
//! The chunks stay in JS memory until the body is complete: a body refused for its size never
//! grows the wasm heap (which cannot shrink), and the garbage collector takes what was read.
//! The complete body is decoded once with `TextDecoder`, exactly as `Response.text()` decodes.
//! A refused body's stream is cancelled (and the attempt's fetch aborted by its caller), so the
//! rest is never read.

use super::js_failure::{describe_failure, failure, get, settle};
use crate::client::{BodyStream, TransportError};
use js_sys::{Array, Function, Promise, Uint8Array};
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, TextDecoder};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ArrayBuffer, js_name = isView)]
    fn is_array_buffer_view(value: &JsValue) -> bool;
    /// The global `Boolean`: a built-in function that ignores what it is given, used as the
    /// rejection handler of a cancel promise (no closure needed, no `eval`).
    #[wasm_bindgen(thread_local_v2, js_name = Boolean)]
    static IGNORE: Function;
    /// A promise whose rejection is handled with any function.
    type Handled;
    /// `promise.catch(handler)`.
    #[wasm_bindgen(method, js_name = catch)]
    fn catch_with(this: &Handled, handler: &Function) -> JsValue;
}

/// How the chunks are read.
enum Reader {
    /// The `ReadableStreamDefaultReader` of a genuine `Response` of this realm (web-sys).
    Genuine(ReadableStreamDefaultReader),
    /// The reader of another realm's or library's stream, called by duck typing, every step
    /// guarded: `read` and (when it has one) `cancel`.
    Foreign {
        reader: JsValue,
        read: Function,
        cancel: Option<Function>,
    },
    /// Nothing left to read (cancelled, or a response without a body).
    Done,
}

/// A response body being read: the reader and the chunks read so far (JS `Uint8Array`s).
pub(super) struct FetchBody {
    reader: Reader,
    chunks: Array,
    bytes: u32,
}

impl FetchBody {
    fn new(reader: Reader) -> Self {
        Self {
            reader,
            chunks: Array::new(),
            bytes: 0,
        }
    }

    /// The body of a genuine `Response` of this realm. `Err` when it was read already (its
    /// stream is used or locked).
    pub(super) fn genuine(response: &web_sys::Response) -> Result<Self, TransportError> {
        if response.body_used() {
            return Err(failure("the response body was already read"));
        }
        let Some(stream) = response.body() else {
            return Ok(Self::new(Reader::Done));
        };
        if stream.locked() {
            return Err(failure("the response body is locked by another reader"));
        }
        let reader = ReadableStream::get_reader(&stream).unchecked_into();
        Ok(Self::new(Reader::Genuine(reader)))
    }

    /// The body of a Response-like object of another realm or library when it has a
    /// `ReadableStream`-like `body` (`getReader()` returning an object with `read()`); `None`
    /// when it has none.
    pub(super) fn foreign(response: &JsValue) -> Result<Option<Self>, TransportError> {
        let body = get(response, "body");
        let get_reader = get(&body, "getReader");
        let Some(get_reader) = get_reader.dyn_ref::<Function>() else {
            return Ok(None);
        };
        let reader = get_reader
            .call0(&body)
            .map_err(|e| failure(describe_failure(&e)))?;
        let read = get(&reader, "read");
        let Some(read) = read.dyn_ref::<Function>().cloned() else {
            return Err(failure("the response body's reader has no read()"));
        };
        let cancel = get(&reader, "cancel").dyn_into::<Function>().ok();
        Ok(Some(Self::new(Reader::Foreign {
            reader,
            read,
            cancel,
        })))
    }

    /// The next chunk's bytes, kept in JS; `None` at the end.
    async fn next(&mut self) -> Result<Option<usize>, TransportError> {
        let pending = match &self.reader {
            Reader::Genuine(reader) => JsValue::from(reader.read()),
            Reader::Foreign { reader, read, .. } => read
                .call0(reader)
                .map_err(|e| failure(describe_failure(&e)))?,
            Reader::Done => return Ok(None),
        };
        let result = settle(&pending).await?;
        if get(&result, "done").is_truthy() {
            self.reader = Reader::Done;
            return Ok(None);
        }
        let value = get(&result, "value");
        let chunk = match value.dyn_into::<Uint8Array>() {
            Ok(chunk) => chunk,
            // A typed array of another realm: copied into one of this realm.
            Err(value) if is_array_buffer_view(&value) => Uint8Array::new(&value),
            Err(_) => {
                return Err(failure(
                    "the response body stream yielded a chunk that is not a Uint8Array",
                ))
            }
        };
        let length = chunk.length();
        self.chunks.push(&chunk);
        self.bytes = self.bytes.saturating_add(length);
        Ok(Some(length as usize))
    }
}

impl BodyStream for FetchBody {
    fn read_chunk(&mut self) -> impl Future<Output = Result<Option<usize>, TransportError>> {
        self.next()
    }

    fn cancel(&mut self) {
        let cancelled = match std::mem::replace(&mut self.reader, Reader::Done) {
            Reader::Genuine(reader) => Some(JsValue::from(reader.cancel())),
            Reader::Foreign {
                reader,
                cancel: Some(cancel),
                ..
            } => cancel.call0(&reader).ok(),
            Reader::Foreign { .. } | Reader::Done => None,
        };
        // The cancel promise may reject (an errored stream): handled, never an unhandled
        // rejection.
        if let Some(cancelled) = cancelled {
            let promise = Promise::resolve(&cancelled).unchecked_into::<Handled>();
            IGNORE.with(|ignore| promise.catch_with(ignore));
        }
        self.chunks = Array::new();
        self.bytes = 0;
    }

    fn into_text(self) -> Result<String, TransportError> {
        let whole = match self.chunks.length() {
            0 => return Ok(String::new()),
            1 => self.chunks.get(0).unchecked_into::<Uint8Array>(),
            _ => {
                let whole = Uint8Array::new_with_length(self.bytes);
                let mut offset = 0;
                for chunk in self.chunks.iter() {
                    let chunk = chunk.unchecked_into::<Uint8Array>();
                    whole.set(&chunk, offset);
                    offset += chunk.length();
                }
                whole
            }
        };
        let decoder = TextDecoder::new().map_err(|e| failure(describe_failure(&e)))?;
        decoder
            .decode_with_js_u8_array(&whole)
            .map_err(|e| failure(describe_failure(&e)))
    }
}
