; ModuleID = 'checked_arith.c'
source_filename = "checked_arith.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [8 x i8] c"add: %d\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c" r=%d\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c" | %d\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c" r=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"uadd: %d\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c" u=%u\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"usub: %d\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"ssub: %d\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"smul64: %d\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c" ll=%lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"umul64: %d\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c" ull=%llu\0A\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"u8 add: %d\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c" b=%u\0A\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"i16 mul: %d\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c" s16=%d\0A\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"mixed: %d\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.18 = private unnamed_addr constant [8 x i8] c" s8=%d\0A\00", align 1
@.str.19 = private unnamed_addr constant [27 x i8] c"uadd_overflow builtin: %d\0A\00", align 1
@.str.20 = private unnamed_addr constant [12 x i8] c"smulll: %d\0A\00", align 1
@.str.21 = private unnamed_addr constant [12 x i8] c"%d! = %lld\0A\00", align 1
@.str.22 = private unnamed_addr constant [21 x i8] c"%d! overflows int64\0A\00", align 1
@.str.23 = private unnamed_addr constant [2 x i8] c"0\00", align 1
@.str.24 = private unnamed_addr constant [12 x i8] c"-2147483648\00", align 1
@.str.25 = private unnamed_addr constant [11 x i8] c"2147483647\00", align 1
@.str.26 = private unnamed_addr constant [11 x i8] c"2147483648\00", align 1
@.str.27 = private unnamed_addr constant [12 x i8] c"-2147483649\00", align 1
@.str.28 = private unnamed_addr constant [4 x i8] c"12a\00", align 1
@.str.29 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.30 = private unnamed_addr constant [16 x i8] c"parse %s -> %d\0A\00", align 1
@.str.31 = private unnamed_addr constant [19 x i8] c"parse %s -> error\0A\00", align 1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define dso_local range(i32 0, 2) i32 @safe_factorial(i32 noundef %0, ptr nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = icmp slt i32 %0, 2
  br i1 %3, label %16, label %4

4:                                                ; preds = %2
  %5 = add nuw i32 %0, 1
  %6 = zext i32 %5 to i64
  br label %7

7:                                                ; preds = %4, %12
  %8 = phi i64 [ 2, %4 ], [ %14, %12 ]
  %9 = phi i64 [ 1, %4 ], [ %13, %12 ]
  %10 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %9, i64 %8)
  %11 = extractvalue { i64, i1 } %10, 1
  br i1 %11, label %18, label %12

12:                                               ; preds = %7
  %13 = extractvalue { i64, i1 } %10, 0
  %14 = add nuw nsw i64 %8, 1
  %15 = icmp eq i64 %14, %6
  br i1 %15, label %16, label %7, !llvm.loop !6

16:                                               ; preds = %12, %2
  %17 = phi i64 [ 1, %2 ], [ %13, %12 ]
  store i64 %17, ptr %1, align 8, !tbaa !8
  br label %18

18:                                               ; preds = %7, %16
  %19 = phi i32 [ 1, %16 ], [ 0, %7 ]
  ret i32 %19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define dso_local range(i32 0, 2) i32 @parse_decimal(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1) local_unnamed_addr #3 {
  %3 = load i8, ptr %0, align 1, !tbaa !12
  %4 = icmp eq i8 %3, 45
  %5 = zext i1 %4 to i64
  %6 = getelementptr inbounds i8, ptr %0, i64 %5
  %7 = load i8, ptr %6, align 1, !tbaa !12
  %8 = icmp eq i8 %7, 0
  br i1 %8, label %35, label %9

9:                                                ; preds = %2, %24
  %10 = phi i32 [ %25, %24 ], [ 0, %2 ]
  %11 = phi ptr [ %26, %24 ], [ %6, %2 ]
  %12 = phi i8 [ %27, %24 ], [ %7, %2 ]
  %13 = zext i8 %12 to i32
  %14 = add i8 %12, -58
  %15 = icmp ult i8 %14, -10
  br i1 %15, label %35, label %16

16:                                               ; preds = %9
  %17 = tail call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %10, i32 10)
  %18 = extractvalue { i32, i1 } %17, 1
  br i1 %18, label %35, label %19

19:                                               ; preds = %16
  %20 = extractvalue { i32, i1 } %17, 0
  %21 = add nsw i32 %13, -48
  %22 = tail call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %20, i32 %21)
  %23 = extractvalue { i32, i1 } %22, 1
  br i1 %23, label %35, label %24

24:                                               ; preds = %19
  %25 = extractvalue { i32, i1 } %22, 0
  %26 = getelementptr inbounds i8, ptr %11, i64 1
  %27 = load i8, ptr %26, align 1, !tbaa !12
  %28 = icmp eq i8 %27, 0
  br i1 %28, label %29, label %9, !llvm.loop !13

29:                                               ; preds = %24
  br i1 %4, label %33, label %30

30:                                               ; preds = %29
  %31 = icmp eq i32 %25, -2147483648
  %32 = sub nsw i32 0, %25
  br i1 %31, label %35, label %33

33:                                               ; preds = %30, %29
  %34 = phi i32 [ %25, %29 ], [ %32, %30 ]
  store i32 %34, ptr %1, align 4, !tbaa !14
  br label %35

35:                                               ; preds = %19, %16, %9, %30, %2, %33
  %36 = phi i32 [ 1, %33 ], [ 0, %2 ], [ 0, %30 ], [ 0, %9 ], [ 0, %16 ], [ 0, %19 ]
  ret i32 %36
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -2147483648)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 0)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 300)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 1)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 1)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef -2)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 1)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 2147483647)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef -4611686018427387907)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 1)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef 0)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 1)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 44)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 1)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef -5536)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef 0)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef 1)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef -128)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i32 noundef 1)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %26 = call i32 @safe_factorial(i32 noundef 18, ptr noundef nonnull %1)
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %31, label %28

28:                                               ; preds = %0
  %29 = load i64, ptr %1, align 8, !tbaa !8
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i32 noundef 18, i64 noundef %29)
  br label %33

31:                                               ; preds = %0
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef 18)
  br label %33

33:                                               ; preds = %31, %28
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %34 = call i32 @safe_factorial(i32 noundef 19, ptr noundef nonnull %1)
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %39, label %36

36:                                               ; preds = %33
  %37 = load i64, ptr %1, align 8, !tbaa !8
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i32 noundef 19, i64 noundef %37)
  br label %41

39:                                               ; preds = %33
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef 19)
  br label %41

41:                                               ; preds = %39, %36
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %42 = call i32 @safe_factorial(i32 noundef 20, ptr noundef nonnull %1)
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %47, label %44

44:                                               ; preds = %41
  %45 = load i64, ptr %1, align 8, !tbaa !8
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i32 noundef 20, i64 noundef %45)
  br label %49

47:                                               ; preds = %41
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef 20)
  br label %49

49:                                               ; preds = %47, %44
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %50 = call i32 @safe_factorial(i32 noundef 21, ptr noundef nonnull %1)
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %55, label %52

52:                                               ; preds = %49
  %53 = load i64, ptr %1, align 8, !tbaa !8
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i32 noundef 21, i64 noundef %53)
  br label %57

55:                                               ; preds = %49
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef 21)
  br label %57

57:                                               ; preds = %55, %52
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %58 = call i32 @safe_factorial(i32 noundef 22, ptr noundef nonnull %1)
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %63, label %60

60:                                               ; preds = %57
  %61 = load i64, ptr %1, align 8, !tbaa !8
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i32 noundef 22, i64 noundef %61)
  br label %65

63:                                               ; preds = %57
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef 22)
  br label %65

65:                                               ; preds = %63, %60
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %66 = call i32 @parse_decimal(ptr noundef nonnull @.str.23, ptr noundef nonnull %2)
  %67 = icmp eq i32 %66, 0
  br i1 %67, label %71, label %68

68:                                               ; preds = %65
  %69 = load i32, ptr %2, align 4, !tbaa !14
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.23, i32 noundef %69)
  br label %73

71:                                               ; preds = %65
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.23)
  br label %73

73:                                               ; preds = %71, %68
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %74 = call i32 @parse_decimal(ptr noundef nonnull @.str.24, ptr noundef nonnull %2)
  %75 = icmp eq i32 %74, 0
  br i1 %75, label %79, label %76

76:                                               ; preds = %73
  %77 = load i32, ptr %2, align 4, !tbaa !14
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.24, i32 noundef %77)
  br label %81

79:                                               ; preds = %73
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.24)
  br label %81

81:                                               ; preds = %79, %76
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %82 = call i32 @parse_decimal(ptr noundef nonnull @.str.25, ptr noundef nonnull %2)
  %83 = icmp eq i32 %82, 0
  br i1 %83, label %87, label %84

84:                                               ; preds = %81
  %85 = load i32, ptr %2, align 4, !tbaa !14
  %86 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.25, i32 noundef %85)
  br label %89

87:                                               ; preds = %81
  %88 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.25)
  br label %89

89:                                               ; preds = %87, %84
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %90 = call i32 @parse_decimal(ptr noundef nonnull @.str.26, ptr noundef nonnull %2)
  %91 = icmp eq i32 %90, 0
  br i1 %91, label %95, label %92

92:                                               ; preds = %89
  %93 = load i32, ptr %2, align 4, !tbaa !14
  %94 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.26, i32 noundef %93)
  br label %97

95:                                               ; preds = %89
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.26)
  br label %97

97:                                               ; preds = %95, %92
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %98 = call i32 @parse_decimal(ptr noundef nonnull @.str.27, ptr noundef nonnull %2)
  %99 = icmp eq i32 %98, 0
  br i1 %99, label %103, label %100

100:                                              ; preds = %97
  %101 = load i32, ptr %2, align 4, !tbaa !14
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.27, i32 noundef %101)
  br label %105

103:                                              ; preds = %97
  %104 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.27)
  br label %105

105:                                              ; preds = %103, %100
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %106 = call i32 @parse_decimal(ptr noundef nonnull @.str.28, ptr noundef nonnull %2)
  %107 = icmp eq i32 %106, 0
  br i1 %107, label %111, label %108

108:                                              ; preds = %105
  %109 = load i32, ptr %2, align 4, !tbaa !14
  %110 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.28, i32 noundef %109)
  br label %113

111:                                              ; preds = %105
  %112 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.28)
  br label %113

113:                                              ; preds = %111, %108
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6
  %114 = call i32 @parse_decimal(ptr noundef nonnull @.str.29, ptr noundef nonnull %2)
  %115 = icmp eq i32 %114, 0
  br i1 %115, label %119, label %116

116:                                              ; preds = %113
  %117 = load i32, ptr %2, align 4, !tbaa !14
  %118 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.30, ptr noundef nonnull @.str.29, i32 noundef %117)
  br label %121

119:                                              ; preds = %113
  %120 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, ptr noundef nonnull @.str.29)
  br label %121

121:                                              ; preds = %119, %116
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = !{!10, !10, i64 0}
!13 = distinct !{!13, !7}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !10, i64 0}
