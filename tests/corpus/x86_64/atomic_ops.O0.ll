; ModuleID = 'atomic_ops.c'
source_filename = "atomic_ops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.atomic_flag = type { i8 }

@.str = private unnamed_addr constant [7 x i8] c"i8: %d\00", align 1
@a8 = internal global i8 -3, align 1
@.str.1 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c" %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"u16: %u\00", align 1
@a16 = internal global i16 -6, align 2
@.str.4 = private unnamed_addr constant [4 x i8] c" %u\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c" %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"i32: %d\00", align 1
@a32 = internal global i32 100, align 4
@.str.7 = private unnamed_addr constant [11 x i8] c" cas=%d/%d\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c" max=%d\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"u64: %llu\00", align 1
@a64 = internal global i64 -16, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c" %llu\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c" cas=%d/%llx\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c" %llu\0A\00", align 1
@aptr = internal global ptr null, align 8
@table = internal global [4 x i32] [i32 10, i32 20, i32 30, i32 40], align 16
@.str.13 = private unnamed_addr constant [18 x i8] c"ptr: %d %d %d %d\0A\00", align 1
@builtins.counter = internal global i64 5, align 8
@builtins.bytes = internal global i8 -16, align 1
@builtins.halves = internal global i16 -1, align 2
@builtins.words = internal global i32 7, align 4
@.str.14 = private unnamed_addr constant [10 x i8] c"sync: %ld\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c" %ld\00", align 1
@.str.16 = private unnamed_addr constant [13 x i8] c"__atomic: %d\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c" %d/%d\00", align 1
@builtins.tas = internal global i8 0, align 1
@flag = internal global %struct.atomic_flag zeroinitializer, align 1
@.str.18 = private unnamed_addr constant [16 x i8] c"flag: %d %d %d\0A\00", align 1
@lock_word = internal global i32 0, align 4
@shared_total = internal global i32 0, align 4
@.str.19 = private unnamed_addr constant [17 x i8] c"spinlock: %d %d\0A\00", align 1
@flags_and_fences.dsum = internal global double 5.000000e-01, align 8
@.str.20 = private unnamed_addr constant [14 x i8] c"double: %.3f\0A\00", align 1
@flags_and_fences.fsum = internal global float 0.000000e+00, align 4
@.str.21 = private unnamed_addr constant [18 x i8] c"float: %.2f %.2f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @widths()
  call void @builtins()
  call void @flags_and_fences()
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @widths() #0 {
  %1 = alloca i8, align 1
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i8, align 1
  %12 = alloca i16, align 2
  %13 = alloca i16, align 2
  %14 = alloca i16, align 2
  %15 = alloca i16, align 2
  %16 = alloca i16, align 2
  %17 = alloca i16, align 2
  %18 = alloca i16, align 2
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i8, align 1
  %27 = alloca i32, align 4
  %28 = alloca i8, align 1
  %29 = alloca i32, align 4
  %30 = alloca i64, align 8
  %31 = alloca i64, align 8
  %32 = alloca i64, align 8
  %33 = alloca i64, align 8
  %34 = alloca i64, align 8
  %35 = alloca i64, align 8
  %36 = alloca i8, align 1
  %37 = alloca i64, align 8
  %38 = alloca i64, align 8
  %39 = alloca ptr, align 8
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca ptr, align 8
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca i8, align 1
  %46 = alloca ptr, align 8
  store i8 5, ptr %1, align 1
  %47 = load i8, ptr %1, align 1
  %48 = atomicrmw add ptr @a8, i8 %47 seq_cst, align 1
  store i8 %48, ptr %2, align 1
  %49 = load i8, ptr %2, align 1
  %50 = sext i8 %49 to i32
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %50)
  store i8 10, ptr %3, align 1
  %52 = load i8, ptr %3, align 1
  %53 = atomicrmw sub ptr @a8, i8 %52 seq_cst, align 1
  store i8 %53, ptr %4, align 1
  %54 = load i8, ptr %4, align 1
  %55 = sext i8 %54 to i32
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %55)
  store i8 124, ptr %5, align 1
  %57 = load i8, ptr %5, align 1
  %58 = atomicrmw and ptr @a8, i8 %57 seq_cst, align 1
  store i8 %58, ptr %6, align 1
  %59 = load i8, ptr %6, align 1
  %60 = sext i8 %59 to i32
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %60)
  store i8 65, ptr %7, align 1
  %62 = load i8, ptr %7, align 1
  %63 = atomicrmw or ptr @a8, i8 %62 seq_cst, align 1
  store i8 %63, ptr %8, align 1
  %64 = load i8, ptr %8, align 1
  %65 = sext i8 %64 to i32
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %65)
  store i8 15, ptr %9, align 1
  %67 = load i8, ptr %9, align 1
  %68 = atomicrmw xor ptr @a8, i8 %67 seq_cst, align 1
  store i8 %68, ptr %10, align 1
  %69 = load i8, ptr %10, align 1
  %70 = sext i8 %69 to i32
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %70)
  %72 = load atomic i8, ptr @a8 seq_cst, align 1
  store i8 %72, ptr %11, align 1
  %73 = load i8, ptr %11, align 1
  %74 = sext i8 %73 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %74)
  store i16 10, ptr %12, align 2
  %76 = load i16, ptr %12, align 2
  %77 = atomicrmw add ptr @a16, i16 %76 seq_cst, align 2
  store i16 %77, ptr %13, align 2
  %78 = load i16, ptr %13, align 2
  %79 = zext i16 %78 to i32
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %79)
  store i16 1234, ptr %14, align 2
  %81 = load i16, ptr %14, align 2
  %82 = atomicrmw xchg ptr @a16, i16 %81 seq_cst, align 2
  store i16 %82, ptr %15, align 2
  %83 = load i16, ptr %15, align 2
  %84 = zext i16 %83 to i32
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %84)
  store i16 -32768, ptr %16, align 2
  %86 = load i16, ptr %16, align 2
  %87 = atomicrmw or ptr @a16, i16 %86 acq_rel, align 2
  store i16 %87, ptr %17, align 2
  %88 = load i16, ptr %17, align 2
  %89 = zext i16 %88 to i32
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %89)
  %91 = load atomic i16, ptr @a16 acquire, align 2
  store i16 %91, ptr %18, align 2
  %92 = load i16, ptr %18, align 2
  %93 = zext i16 %92 to i32
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %93)
  store i32 250, ptr %19, align 4
  %95 = load i32, ptr %19, align 4
  %96 = atomicrmw sub ptr @a32, i32 %95 release, align 4
  store i32 %96, ptr %20, align 4
  %97 = load i32, ptr %20, align 4
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %97)
  store i32 7, ptr %21, align 4
  %99 = load i32, ptr %21, align 4
  %100 = atomicrmw add ptr @a32, i32 %99 monotonic, align 4
  store i32 %100, ptr %22, align 4
  %101 = load i32, ptr %22, align 4
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %101)
  store i32 -143, ptr %23, align 4
  store i32 77, ptr %25, align 4
  %103 = load i32, ptr %23, align 4
  %104 = load i32, ptr %25, align 4
  %105 = cmpxchg ptr @a32, i32 %103, i32 %104 seq_cst seq_cst, align 4
  %106 = extractvalue { i32, i1 } %105, 0
  %107 = extractvalue { i32, i1 } %105, 1
  br i1 %107, label %109, label %108

108:                                              ; preds = %0
  store i32 %106, ptr %23, align 4
  br label %109

109:                                              ; preds = %108, %0
  %110 = zext i1 %107 to i8
  store i8 %110, ptr %26, align 1
  %111 = load i8, ptr %26, align 1
  %112 = trunc i8 %111 to i1
  %113 = zext i1 %112 to i32
  store i32 %113, ptr %24, align 4
  %114 = load i32, ptr %24, align 4
  %115 = load i32, ptr %23, align 4
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %114, i32 noundef %115)
  store i32 0, ptr %23, align 4
  store i32 1, ptr %27, align 4
  %117 = load i32, ptr %23, align 4
  %118 = load i32, ptr %27, align 4
  %119 = cmpxchg ptr @a32, i32 %117, i32 %118 seq_cst seq_cst, align 4
  %120 = extractvalue { i32, i1 } %119, 0
  %121 = extractvalue { i32, i1 } %119, 1
  br i1 %121, label %123, label %122

122:                                              ; preds = %109
  store i32 %120, ptr %23, align 4
  br label %123

123:                                              ; preds = %122, %109
  %124 = zext i1 %121 to i8
  store i8 %124, ptr %28, align 1
  %125 = load i8, ptr %28, align 1
  %126 = trunc i8 %125 to i1
  %127 = zext i1 %126 to i32
  store i32 %127, ptr %24, align 4
  %128 = load i32, ptr %24, align 4
  %129 = load i32, ptr %23, align 4
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %128, i32 noundef %129)
  %131 = call i32 @atomic_max32(ptr noundef @a32, i32 noundef 500)
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %131)
  %133 = call i32 @atomic_max32(ptr noundef @a32, i32 noundef 20)
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %133)
  %135 = load atomic i32, ptr @a32 seq_cst, align 4
  store i32 %135, ptr %29, align 4
  %136 = load i32, ptr %29, align 4
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %136)
  store i64 32, ptr %30, align 8
  %138 = load i64, ptr %30, align 8
  %139 = atomicrmw add ptr @a64, i64 %138 seq_cst, align 8
  store i64 %139, ptr %31, align 8
  %140 = load i64, ptr %31, align 8
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %140)
  store i64 -71777214294589696, ptr %32, align 8
  %142 = load i64, ptr %32, align 8
  %143 = atomicrmw xor ptr @a64, i64 %142 seq_cst, align 8
  store i64 %143, ptr %33, align 8
  %144 = load i64, ptr %33, align 8
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %144)
  store i64 1, ptr %34, align 8
  store i64 2, ptr %35, align 8
  %146 = load i64, ptr %34, align 8
  %147 = load i64, ptr %35, align 8
  %148 = cmpxchg weak ptr @a64, i64 %146, i64 %147 seq_cst acquire, align 8
  %149 = extractvalue { i64, i1 } %148, 0
  %150 = extractvalue { i64, i1 } %148, 1
  br i1 %150, label %152, label %151

151:                                              ; preds = %123
  store i64 %149, ptr %34, align 8
  br label %152

152:                                              ; preds = %151, %123
  %153 = zext i1 %150 to i8
  store i8 %153, ptr %36, align 1
  %154 = load i8, ptr %36, align 1
  %155 = trunc i8 %154 to i1
  %156 = zext i1 %155 to i32
  store i32 %156, ptr %24, align 4
  %157 = load i32, ptr %24, align 4
  %158 = load i64, ptr %34, align 8
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %157, i64 noundef %158)
  store i64 42, ptr %37, align 8
  %160 = load i64, ptr %37, align 8
  store atomic i64 %160, ptr @a64 seq_cst, align 8
  %161 = load atomic i64, ptr @a64 seq_cst, align 8
  store i64 %161, ptr %38, align 8
  %162 = load i64, ptr %38, align 8
  %163 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %162)
  store ptr getelementptr inbounds ([4 x i32], ptr @table, i64 0, i64 1), ptr %39, align 8
  %164 = load i64, ptr %39, align 8
  store atomic i64 %164, ptr @aptr seq_cst, align 8
  store ptr getelementptr inbounds ([4 x i32], ptr @table, i64 0, i64 3), ptr %41, align 8
  %165 = load i64, ptr %41, align 8
  %166 = atomicrmw xchg ptr @aptr, i64 %165 seq_cst, align 8
  store i64 %166, ptr %42, align 8
  %167 = load ptr, ptr %42, align 8
  store ptr %167, ptr %40, align 8
  store ptr getelementptr inbounds ([4 x i32], ptr @table, i64 0, i64 3), ptr %43, align 8
  store ptr @table, ptr %44, align 8
  %168 = load i64, ptr %43, align 8
  %169 = load i64, ptr %44, align 8
  %170 = cmpxchg ptr @aptr, i64 %168, i64 %169 seq_cst seq_cst, align 8
  %171 = extractvalue { i64, i1 } %170, 0
  %172 = extractvalue { i64, i1 } %170, 1
  br i1 %172, label %174, label %173

173:                                              ; preds = %152
  store i64 %171, ptr %43, align 8
  br label %174

174:                                              ; preds = %173, %152
  %175 = zext i1 %172 to i8
  store i8 %175, ptr %45, align 1
  %176 = load i8, ptr %45, align 1
  %177 = trunc i8 %176 to i1
  %178 = zext i1 %177 to i32
  store i32 %178, ptr %24, align 4
  %179 = load ptr, ptr %40, align 8
  %180 = load i32, ptr %179, align 4
  %181 = load i32, ptr %24, align 4
  %182 = load ptr, ptr %43, align 8
  %183 = load i32, ptr %182, align 4
  %184 = load atomic i64, ptr @aptr seq_cst, align 8
  store i64 %184, ptr %46, align 8
  %185 = load ptr, ptr %46, align 8
  %186 = load i32, ptr %185, align 4
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %180, i32 noundef %181, i32 noundef %183, i32 noundef %186)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @builtins() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = atomicrmw add ptr @builtins.counter, i64 3 seq_cst, align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i64 noundef %15)
  %17 = atomicrmw add ptr @builtins.counter, i64 3 seq_cst, align 8
  %18 = add i64 %17, 3
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %18)
  %20 = atomicrmw sub ptr @builtins.counter, i64 1 seq_cst, align 8
  %21 = sub i64 %20, 1
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %21)
  %23 = atomicrmw nand ptr @builtins.bytes, i8 60 seq_cst, align 1
  %24 = zext i8 %23 to i32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %24)
  %26 = atomicrmw and ptr @builtins.bytes, i8 15 seq_cst, align 1
  %27 = zext i8 %26 to i32
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %27)
  %29 = atomicrmw or ptr @builtins.halves, i16 16 seq_cst, align 2
  %30 = sext i16 %29 to i32
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %30)
  %32 = atomicrmw xor ptr @builtins.halves, i16 32767 seq_cst, align 2
  %33 = xor i16 %32, 32767
  %34 = sext i16 %33 to i32
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %34)
  %36 = cmpxchg ptr @builtins.words, i32 7, i32 9 seq_cst seq_cst, align 4
  %37 = extractvalue { i32, i1 } %36, 1
  %38 = zext i1 %37 to i32
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %38)
  %40 = cmpxchg ptr @builtins.words, i32 9, i32 11 seq_cst seq_cst, align 4
  %41 = extractvalue { i32, i1 } %40, 0
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %41)
  %43 = atomicrmw xchg ptr @builtins.words, i32 3 seq_cst, align 4
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %43)
  store atomic i32 0, ptr @builtins.words release, align 4
  fence seq_cst
  %45 = load i32, ptr @builtins.words, align 4
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %45)
  store i32 10, ptr %1, align 4
  store i32 6, ptr %2, align 4
  %47 = load i32, ptr %2, align 4
  %48 = atomicrmw nand ptr %1, i32 %47 seq_cst, align 4
  store i32 %48, ptr %3, align 4
  %49 = load i32, ptr %3, align 4
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %49)
  store i32 100, ptr %4, align 4
  %51 = load i32, ptr %4, align 4
  %52 = atomicrmw max ptr %1, i32 %51 monotonic, align 4
  %53 = icmp sgt i32 %52, %51
  %54 = select i1 %53, i32 %52, i32 %51
  store i32 %54, ptr %5, align 4
  %55 = load i32, ptr %5, align 4
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %55)
  store i32 -5, ptr %6, align 4
  %57 = load i32, ptr %6, align 4
  %58 = atomicrmw min ptr %1, i32 %57 acquire, align 4
  store i32 %58, ptr %7, align 4
  %59 = load i32, ptr %7, align 4
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %59)
  store i32 3, ptr %8, align 4
  store i32 -256, ptr %9, align 4
  %61 = load i32, ptr %9, align 4
  %62 = atomicrmw umax ptr %8, i32 %61 release, align 4
  store i32 %62, ptr %10, align 4
  %63 = load i32, ptr %10, align 4
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %63)
  store i32 17, ptr %11, align 4
  %65 = load i32, ptr %11, align 4
  %66 = atomicrmw umin ptr %8, i32 %65 acq_rel, align 4
  %67 = icmp ult i32 %66, %65
  %68 = select i1 %67, i32 %66, i32 %65
  store i32 %68, ptr %12, align 4
  %69 = load i32, ptr %12, align 4
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %69)
  store i32 44, ptr %14, align 4
  %71 = load i32, ptr %14, align 4
  %72 = atomicrmw xchg ptr %1, i32 %71 seq_cst, align 4
  store i32 %72, ptr %13, align 4
  %73 = load i32, ptr %13, align 4
  %74 = load i32, ptr %1, align 4
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %73, i32 noundef %74)
  %76 = atomicrmw xchg ptr @builtins.tas, i8 1 seq_cst, align 1
  %77 = icmp ne i8 %76, 0
  %78 = zext i1 %77 to i32
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %78)
  %80 = atomicrmw xchg ptr @builtins.tas, i8 1 acquire, align 1
  %81 = icmp ne i8 %80, 0
  %82 = zext i1 %81 to i32
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %82)
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef 1)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @flags_and_fences() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca float, align 4
  %16 = alloca i32, align 4
  %17 = alloca float, align 4
  %18 = alloca float, align 4
  %19 = alloca float, align 4
  store i8 1, ptr %2, align 1
  %20 = load i8, ptr %2, align 1
  %21 = atomicrmw xchg ptr @flag, i8 %20 seq_cst, align 1
  store i8 %21, ptr %3, align 1
  %22 = load i8, ptr %3, align 1
  %23 = trunc i8 %22 to i1
  %24 = zext i1 %23 to i32
  store i32 %24, ptr %1, align 4
  store i8 1, ptr %5, align 1
  %25 = load i8, ptr %5, align 1
  %26 = atomicrmw xchg ptr @flag, i8 %25 acquire, align 1
  store i8 %26, ptr %6, align 1
  %27 = load i8, ptr %6, align 1
  %28 = trunc i8 %27 to i1
  %29 = zext i1 %28 to i32
  store i32 %29, ptr %4, align 4
  store i8 0, ptr %7, align 1
  %30 = load i8, ptr %7, align 1
  store atomic i8 %30, ptr @flag seq_cst, align 1
  store i8 1, ptr %9, align 1
  %31 = load i8, ptr %9, align 1
  %32 = atomicrmw xchg ptr @flag, i8 %31 seq_cst, align 1
  store i8 %32, ptr %10, align 1
  %33 = load i8, ptr %10, align 1
  %34 = trunc i8 %33 to i1
  %35 = zext i1 %34 to i32
  store i32 %35, ptr %8, align 4
  fence seq_cst
  fence acquire
  fence release
  fence acq_rel
  fence syncscope("singlethread") seq_cst
  %36 = load i32, ptr %1, align 4
  %37 = load i32, ptr %4, align 4
  %38 = load i32, ptr %8, align 4
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %36, i32 noundef %37, i32 noundef %38)
  store i32 0, ptr %11, align 4
  br label %40

40:                                               ; preds = %47, %0
  %41 = load i32, ptr %11, align 4
  %42 = icmp slt i32 %41, 100
  br i1 %42, label %43, label %50

43:                                               ; preds = %40
  call void @spin_lock(ptr noundef @lock_word)
  %44 = load i32, ptr %11, align 4
  %45 = load i32, ptr @shared_total, align 4
  %46 = add nsw i32 %45, %44
  store i32 %46, ptr @shared_total, align 4
  call void @spin_unlock(ptr noundef @lock_word)
  br label %47

47:                                               ; preds = %43
  %48 = load i32, ptr %11, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %11, align 4
  br label %40, !llvm.loop !6

50:                                               ; preds = %40
  %51 = load i32, ptr @shared_total, align 4
  %52 = load atomic i32, ptr @lock_word seq_cst, align 4
  store i32 %52, ptr %12, align 4
  %53 = load i32, ptr %12, align 4
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %51, i32 noundef %53)
  store i32 1, ptr %13, align 4
  br label %55

55:                                               ; preds = %63, %50
  %56 = load i32, ptr %13, align 4
  %57 = icmp sle i32 %56, 10
  br i1 %57, label %58, label %66

58:                                               ; preds = %55
  %59 = load i32, ptr %13, align 4
  %60 = sitofp i32 %59 to double
  %61 = fmul double %60, 2.500000e-01
  %62 = call double @atomic_add_double(ptr noundef @flags_and_fences.dsum, double noundef %61)
  br label %63

63:                                               ; preds = %58
  %64 = load i32, ptr %13, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %13, align 4
  br label %55, !llvm.loop !8

66:                                               ; preds = %55
  %67 = load atomic i64, ptr @flags_and_fences.dsum seq_cst, align 8
  store i64 %67, ptr %14, align 8
  %68 = load double, ptr %14, align 8
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, double noundef %68)
  store float 0.000000e+00, ptr %15, align 4
  store i32 0, ptr %16, align 4
  br label %70

70:                                               ; preds = %77, %66
  %71 = load i32, ptr %16, align 4
  %72 = icmp slt i32 %71, 5
  br i1 %72, label %73, label %80

73:                                               ; preds = %70
  store float 1.500000e+00, ptr %17, align 4
  %74 = load float, ptr %17, align 4
  %75 = atomicrmw fadd ptr @flags_and_fences.fsum, float %74 seq_cst, align 4
  store float %75, ptr %18, align 4
  %76 = load float, ptr %18, align 4
  store float %76, ptr %15, align 4
  br label %77

77:                                               ; preds = %73
  %78 = load i32, ptr %16, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %16, align 4
  br label %70, !llvm.loop !9

80:                                               ; preds = %70
  %81 = load float, ptr %15, align 4
  %82 = fpext float %81 to double
  %83 = load atomic i32, ptr @flags_and_fences.fsum seq_cst, align 4
  store i32 %83, ptr %19, align 4
  %84 = load float, ptr %19, align 4
  %85 = fpext float %84 to double
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, double noundef %82, double noundef %85)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @atomic_max32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %9 = load ptr, ptr %3, align 8
  %10 = load atomic i32, ptr %9 monotonic, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %6, align 4
  store i32 %11, ptr %5, align 4
  br label %12

12:                                               ; preds = %32, %2
  %13 = load i32, ptr %5, align 4
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %30

16:                                               ; preds = %12
  %17 = load ptr, ptr %3, align 8
  %18 = load i32, ptr %4, align 4
  store i32 %18, ptr %7, align 4
  %19 = load i32, ptr %5, align 4
  %20 = load i32, ptr %7, align 4
  %21 = cmpxchg weak ptr %17, i32 %19, i32 %20 seq_cst seq_cst, align 4
  %22 = extractvalue { i32, i1 } %21, 0
  %23 = extractvalue { i32, i1 } %21, 1
  br i1 %23, label %25, label %24

24:                                               ; preds = %16
  store i32 %22, ptr %5, align 4
  br label %25

25:                                               ; preds = %24, %16
  %26 = zext i1 %23 to i8
  store i8 %26, ptr %8, align 1
  %27 = load i8, ptr %8, align 1
  %28 = trunc i8 %27 to i1
  %29 = xor i1 %28, true
  br label %30

30:                                               ; preds = %25, %12
  %31 = phi i1 [ false, %12 ], [ %29, %25 ]
  br i1 %31, label %32, label %33

32:                                               ; preds = %30
  br label %12, !llvm.loop !10

33:                                               ; preds = %30
  %34 = load i32, ptr %5, align 4
  ret i32 %34
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @spin_lock(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %6

6:                                                ; preds = %19, %1
  %7 = load ptr, ptr %2, align 8
  store i32 1, ptr %4, align 4
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %4, align 4
  %10 = cmpxchg weak ptr %7, i32 %8, i32 %9 acquire monotonic, align 4
  %11 = extractvalue { i32, i1 } %10, 0
  %12 = extractvalue { i32, i1 } %10, 1
  br i1 %12, label %14, label %13

13:                                               ; preds = %6
  store i32 %11, ptr %3, align 4
  br label %14

14:                                               ; preds = %13, %6
  %15 = zext i1 %12 to i8
  store i8 %15, ptr %5, align 1
  %16 = load i8, ptr %5, align 1
  %17 = trunc i8 %16 to i1
  %18 = xor i1 %17, true
  br i1 %18, label %19, label %20

19:                                               ; preds = %14
  store i32 0, ptr %3, align 4
  br label %6, !llvm.loop !11

20:                                               ; preds = %14
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @spin_unlock(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  store i32 0, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  store atomic i32 %5, ptr %4 release, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @atomic_add_double(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %9 = load ptr, ptr %3, align 8
  %10 = load atomic i64, ptr %9 seq_cst, align 8
  store i64 %10, ptr %6, align 8
  %11 = load double, ptr %6, align 8
  store double %11, ptr %5, align 8
  br label %12

12:                                               ; preds = %28, %2
  %13 = load ptr, ptr %3, align 8
  %14 = load double, ptr %5, align 8
  %15 = load double, ptr %4, align 8
  %16 = fadd double %14, %15
  store double %16, ptr %7, align 8
  %17 = load i64, ptr %5, align 8
  %18 = load i64, ptr %7, align 8
  %19 = cmpxchg ptr %13, i64 %17, i64 %18 seq_cst seq_cst, align 8
  %20 = extractvalue { i64, i1 } %19, 0
  %21 = extractvalue { i64, i1 } %19, 1
  br i1 %21, label %23, label %22

22:                                               ; preds = %12
  store i64 %20, ptr %5, align 8
  br label %23

23:                                               ; preds = %22, %12
  %24 = zext i1 %21 to i8
  store i8 %24, ptr %8, align 1
  %25 = load i8, ptr %8, align 1
  %26 = trunc i8 %25 to i1
  %27 = xor i1 %26, true
  br i1 %27, label %28, label %29

28:                                               ; preds = %23
  br label %12, !llvm.loop !12

29:                                               ; preds = %23
  %30 = load double, ptr %5, align 8
  ret double %30
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
