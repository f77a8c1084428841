//! Little-endian primitives of the message encoding, with every read bounds-checked: a
//! malformed frame is an error, never a panic or an allocation the frame cannot back.

use crate::RemoteError;

/// Appends encoded values to a frame body.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn i32(&mut self, v: i32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn bytes(&mut self, v: &[u8]) {
        self.u32(u32::try_from(v.len()).expect("frames are limited far below 4 GiB"));
        self.buf.extend_from_slice(v);
    }
    pub(crate) fn str(&mut self, v: &str) {
        self.bytes(v.as_bytes());
    }
    pub(crate) fn count(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("frames are limited far below 4 GiB"));
    }
    pub(crate) fn u64s(&mut self, v: &[u64]) {
        self.count(v.len());
        for &x in v {
            self.u64(x);
        }
    }
    pub(crate) fn strs(&mut self, v: &[String]) {
        self.count(v.len());
        for s in v {
            self.str(s);
        }
    }
}

/// Reads values back from a frame body.
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

fn short(what: &str) -> RemoteError {
    RemoteError::Malformed(format!("truncated {what}"))
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], RemoteError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| short(what))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    pub(crate) fn u8(&mut self, what: &str) -> Result<u8, RemoteError> {
        Ok(self.take(1, what)?[0])
    }
    pub(crate) fn u32(&mut self, what: &str) -> Result<u32, RemoteError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes(b.try_into().expect("4 bytes")))
    }
    pub(crate) fn i32(&mut self, what: &str) -> Result<i32, RemoteError> {
        Ok(self.u32(what)? as i32)
    }
    pub(crate) fn u64(&mut self, what: &str) -> Result<u64, RemoteError> {
        let b = self.take(8, what)?;
        Ok(u64::from_le_bytes(b.try_into().expect("8 bytes")))
    }
    pub(crate) fn bytes(&mut self, what: &str) -> Result<&'a [u8], RemoteError> {
        let n = self.u32(what)? as usize;
        self.take(n, what)
    }
    pub(crate) fn string(&mut self, what: &str) -> Result<String, RemoteError> {
        let b = self.bytes(what)?;
        String::from_utf8(b.to_vec())
            .map_err(|_| RemoteError::Malformed(format!("{what} is not UTF-8")))
    }
    /// A count of items that take at least `min_item_bytes` each: never more than the rest
    /// of the frame can hold, so a hostile count cannot make us allocate.
    pub(crate) fn count(
        &mut self,
        min_item_bytes: usize,
        what: &str,
    ) -> Result<usize, RemoteError> {
        let n = self.u32(what)? as usize;
        let left = self.data.len() - self.pos;
        if n.saturating_mul(min_item_bytes.max(1)) > left {
            return Err(RemoteError::Malformed(format!(
                "{what}: {n} items cannot fit in the {left} bytes left"
            )));
        }
        Ok(n)
    }
    pub(crate) fn u64s(&mut self, what: &str) -> Result<Vec<u64>, RemoteError> {
        let n = self.count(8, what)?;
        (0..n).map(|_| self.u64(what)).collect()
    }
    pub(crate) fn strings(&mut self, what: &str) -> Result<Vec<String>, RemoteError> {
        let n = self.count(4, what)?;
        (0..n).map(|_| self.string(what)).collect()
    }
    /// Errors unless every byte was read.
    pub(crate) fn finish(&self, what: &str) -> Result<(), RemoteError> {
        if self.pos == self.data.len() {
            Ok(())
        } else {
            Err(RemoteError::Malformed(format!(
                "{} bytes left over after {what}",
                self.data.len() - self.pos
            )))
        }
    }
}
