//! [`Cancellation`] over the caller's `AbortSignal`.
//!
//! The signal is only listened to, never handed to `fetch`: whatever its abort reason is (an
//! Error, a string, undefined), the module only sees "aborted".

use crate::client::Cancellation;
use js_sys::{Function, Object, Promise, Reflect};
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The caller's signal, if any. Listening stops when this is dropped (end of the call).
pub struct CallerSignal {
    watch: Option<Watch>,
}

struct Watch {
    signal: JsValue,
    /// Resolves on `abort`.
    aborted: Promise,
    resolve: Function,
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

impl CallerSignal {
    /// Watches `signal` (`undefined`/`null`: no signal). `Err` when it is not AbortSignal-like
    /// (a boolean `aborted` and an `addEventListener` method).
    pub fn new(signal: &JsValue) -> Result<Self, &'static str> {
        if signal.is_undefined() || signal.is_null() {
            return Ok(Self { watch: None });
        }
        let add = get(signal, "addEventListener");
        let (Some(add), true) = (
            add.dyn_ref::<Function>(),
            get(signal, "aborted").as_bool().is_some(),
        ) else {
            return Err("`signal` must be an AbortSignal");
        };
        let mut resolve = None;
        let aborted = Promise::new(&mut |res, _| resolve = Some(res));
        let Some(resolve) = resolve else {
            return Err("`signal` could not be watched");
        };
        let once = Object::new();
        let _ = Reflect::set(&once, &JsValue::from_str("once"), &JsValue::TRUE);
        add.call3(signal, &JsValue::from_str("abort"), &resolve, &once)
            .map_err(|_| "`signal.addEventListener` threw")?;
        if get(signal, "aborted").as_bool() == Some(true) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
        Ok(Self {
            watch: Some(Watch {
                signal: signal.clone(),
                aborted,
                resolve,
            }),
        })
    }

    /// The signal's `reason` once it has aborted (`None` without a signal or before an abort).
    pub fn reason(&self) -> Option<JsValue> {
        self.watch
            .as_ref()
            .filter(|_| self.is_cancelled())
            .map(|w| get(&w.signal, "reason"))
    }
}

impl Cancellation for CallerSignal {
    fn is_cancelled(&self) -> bool {
        self.watch
            .as_ref()
            .is_some_and(|w| get(&w.signal, "aborted").as_bool().unwrap_or(false))
    }

    fn cancelled(&self) -> impl Future<Output = ()> {
        let aborted = self
            .watch
            .as_ref()
            .map(|w| JsFuture::from(w.aborted.clone()));
        async move {
            match aborted {
                Some(aborted) => {
                    let _ = aborted.await;
                }
                None => std::future::pending().await,
            }
        }
    }
}

impl Drop for CallerSignal {
    fn drop(&mut self) {
        if let Some(watch) = self.watch.take() {
            if let Some(remove) = get(&watch.signal, "removeEventListener").dyn_ref::<Function>() {
                let _ = remove.call2(&watch.signal, &JsValue::from_str("abort"), &watch.resolve);
            }
            // Settle the promise so every future waiting on it is released.
            let _ = watch.resolve.call0(&JsValue::UNDEFINED);
        }
    }
}
