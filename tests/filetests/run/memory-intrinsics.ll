; memcpy, memmove (overlapping both ways) and memset, with constant and variable lengths,
; checked byte by byte through a 16-byte buffer read back as two i64 words.
; test run

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.inline.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64, i1)

@src = constant [16 x i8] c"\00\01\02\03\04\05\06\07\08\09\0A\0B\0C\0D\0E\0F"

; Copies the pattern into a local buffer, runs one operation, returns word `which`.
define i64 @memmove_up(i64 %len, i64 %which) {
  %buf = alloca [16 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @src, i64 16, i1 false)
  %dst = getelementptr inbounds i8, ptr %buf, i64 3
  call void @llvm.memmove.p0.p0.i64(ptr %dst, ptr %buf, i64 %len, i1 false)
  %w = getelementptr inbounds i64, ptr %buf, i64 %which
  %r = load i64, ptr %w
  ret i64 %r
}
; run: @memmove_up(0, 0) == 0x0706050403020100
; run: @memmove_up(5, 0) == 0x0403020100020100
; run: @memmove_up(13, 0) == 0x0403020100020100
; run: @memmove_up(13, 1) == 0x0c0b0a0908070605

define i64 @memmove_down(i64 %len, i64 %which) {
  %buf = alloca [16 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @src, i64 16, i1 false)
  %from = getelementptr inbounds i8, ptr %buf, i64 3
  call void @llvm.memmove.p0.p0.i64(ptr %buf, ptr %from, i64 %len, i1 false)
  %w = getelementptr inbounds i64, ptr %buf, i64 %which
  %r = load i64, ptr %w
  ret i64 %r
}
; run: @memmove_down(5, 0) == 0x0706050706050403
; run: @memmove_down(13, 0) == 0x0a09080706050403
; run: @memmove_down(13, 1) == 0x0f0e0d0f0e0d0c0b

define i64 @memset_part(i8 %byte, i64 %at, i64 %len, i64 %which) {
  %buf = alloca [16 x i8], align 8
  call void @llvm.memset.p0.i64(ptr %buf, i8 0, i64 16, i1 false)
  %p = getelementptr inbounds i8, ptr %buf, i64 %at
  call void @llvm.memset.p0.i64(ptr %p, i8 %byte, i64 %len, i1 false)
  %w = getelementptr inbounds i64, ptr %buf, i64 %which
  %r = load i64, ptr %w
  ret i64 %r
}
; run: @memset_part(-1, 0, 16, 1) == -1
; run: @memset_part(0x5a, 1, 2, 0) == 0x5a5a00
; run: @memset_part(0x80, 7, 2, 0) == 0x8000000000000000
; run: @memset_part(0x80, 7, 2, 1) == 0x80
; run: @memset_part(1, 3, 0, 0) == 0

; Constant lengths of every small size (a backend may expand them inline).
define i64 @memcpy_const() {
  %buf = alloca [16 x i8], align 8
  call void @llvm.memset.p0.i64(ptr %buf, i8 -1, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @src, i64 1, i1 false)
  %b2 = getelementptr inbounds i8, ptr %buf, i64 2
  %s2 = getelementptr inbounds i8, ptr @src, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr %b2, ptr %s2, i64 3, i1 false)
  %b8 = getelementptr inbounds i8, ptr %buf, i64 8
  %s8 = getelementptr inbounds i8, ptr @src, i64 8
  call void @llvm.memcpy.inline.p0.p0.i64(ptr %b8, ptr %s8, i64 7, i1 false)
  %lo = load i64, ptr %buf
  %hi = load i64, ptr %b8
  %x = xor i64 %lo, %hi
  ret i64 %x
}
; run: @memcpy_const() == 0x00f1f2080808f608
