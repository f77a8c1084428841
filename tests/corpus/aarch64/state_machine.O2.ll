; ModuleID = 'state_machine.c'
source_filename = "state_machine.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Token = type { i32, i64, [24 x i8] }

@main.inputs = internal unnamed_addr constant [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 8
@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"abc * 2 - \22hi\\n\22\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"-(4 - 10) * -2 / 3\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"x_1 + 100 / (7 - 2)\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"12 $ 4\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"\22unterminated\00", align 1
@main.kinds.rel = internal unnamed_addr constant [6 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.7 to i64), i64 ptrtoint (ptr @main.kinds.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.8 to i64), i64 ptrtoint (ptr @main.kinds.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.9 to i64), i64 ptrtoint (ptr @main.kinds.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.10 to i64), i64 ptrtoint (ptr @main.kinds.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.11 to i64), i64 ptrtoint (ptr @main.kinds.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.12 to i64), i64 ptrtoint (ptr @main.kinds.rel to i64)) to i32)], align 4
@.str.7 = private unnamed_addr constant [4 x i8] c"num\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"ident\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"op\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"err\00", align 1
@.str.13 = private unnamed_addr constant [9 x i8] c"%-24s ->\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c" %s\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"(%ld)\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"(%s)\00", align 1
@cur = internal unnamed_addr global ptr null, align 8
@.str.18 = private unnamed_addr constant [9 x i8] c" => %ld\0A\00", align 1
@str = private unnamed_addr constant [10 x i8] c" => error\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x %struct.Token], align 8
  %2 = getelementptr inbounds i8, ptr %1, i64 1240
  br label %4

3:                                                ; preds = %155
  ret i32 0

4:                                                ; preds = %0, %155
  %5 = phi i64 [ 0, %0 ], [ %156, %155 ]
  call void @llvm.lifetime.start.p0(i64 1280, ptr nonnull %1) #8
  %6 = getelementptr inbounds [7 x ptr], ptr @main.inputs, i64 0, i64 %5
  %7 = load ptr, ptr %6, align 8, !tbaa !6
  br label %8

8:                                                ; preds = %111, %4
  %9 = phi i64 [ 0, %4 ], [ %113, %111 ]
  %10 = phi ptr [ %7, %4 ], [ %112, %111 ]
  br label %11

11:                                               ; preds = %11, %8
  %12 = phi ptr [ %15, %11 ], [ %10, %8 ]
  %13 = load i8, ptr %12, align 1, !tbaa !10
  %14 = icmp eq i8 %13, 32
  %15 = getelementptr inbounds i8, ptr %12, i64 1
  br i1 %14, label %11, label %16, !llvm.loop !11

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.Token, ptr %1, i64 %9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %17, i8 0, i64 40, i1 false)
  %18 = load i8, ptr %12, align 1, !tbaa !10
  %19 = icmp eq i8 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %16
  store i32 4, ptr %17, align 8, !tbaa !13
  br label %117

21:                                               ; preds = %16
  %22 = add i8 %18, -48
  %23 = icmp ult i8 %22, 10
  br i1 %23, label %24, label %38

24:                                               ; preds = %21
  %25 = getelementptr inbounds i8, ptr %17, i64 8
  br label %26

26:                                               ; preds = %26, %24
  %27 = phi i64 [ 0, %24 ], [ %34, %26 ]
  %28 = phi i8 [ %18, %24 ], [ %35, %26 ]
  %29 = phi ptr [ %12, %24 ], [ %31, %26 ]
  %30 = mul nsw i64 %27, 10
  %31 = getelementptr inbounds i8, ptr %29, i64 1
  %32 = and i8 %28, 15
  %33 = zext nneg i8 %32 to i64
  %34 = add nsw i64 %30, %33
  store i64 %34, ptr %25, align 8, !tbaa !17
  %35 = load i8, ptr %31, align 1, !tbaa !10
  %36 = add i8 %35, -48
  %37 = icmp ult i8 %36, 10
  br i1 %37, label %26, label %111, !llvm.loop !18

38:                                               ; preds = %21
  %39 = add i8 %18, -97
  %40 = icmp ult i8 %39, 26
  br i1 %40, label %42, label %41

41:                                               ; preds = %38
  switch i8 %18, label %99 [
    i8 95, label %42
    i8 34, label %64
  ]

42:                                               ; preds = %41, %38
  store i32 1, ptr %17, align 8, !tbaa !13
  %43 = getelementptr inbounds i8, ptr %17, i64 16
  br label %44

44:                                               ; preds = %60, %42
  %45 = phi i64 [ %62, %60 ], [ 0, %42 ]
  %46 = phi ptr [ %61, %60 ], [ %12, %42 ]
  %47 = load i8, ptr %46, align 1, !tbaa !10
  %48 = add i8 %47, -97
  %49 = icmp ult i8 %48, 26
  %50 = icmp eq i8 %47, 95
  %51 = or i1 %50, %49
  br i1 %51, label %58, label %52

52:                                               ; preds = %44
  %53 = icmp ugt i8 %47, 47
  br i1 %53, label %54, label %111

54:                                               ; preds = %52
  %55 = icmp ult i8 %47, 58
  %56 = icmp ult i64 %45, 23
  %57 = select i1 %55, i1 %56, i1 false
  br i1 %57, label %60, label %111

58:                                               ; preds = %44
  %59 = icmp ult i64 %45, 23
  br i1 %59, label %60, label %111

60:                                               ; preds = %58, %54
  %61 = getelementptr inbounds i8, ptr %46, i64 1
  %62 = add nuw nsw i64 %45, 1
  %63 = getelementptr inbounds [24 x i8], ptr %43, i64 0, i64 %45
  store i8 %47, ptr %63, align 1, !tbaa !10
  br label %44, !llvm.loop !19

64:                                               ; preds = %41
  store i32 3, ptr %17, align 8, !tbaa !13
  %65 = load i8, ptr %15, align 1, !tbaa !10
  %66 = icmp eq i8 %65, 0
  br i1 %66, label %98, label %67

67:                                               ; preds = %64
  %68 = getelementptr inbounds i8, ptr %17, i64 16
  br label %69

69:                                               ; preds = %89, %67
  %70 = phi i64 [ 0, %67 ], [ %91, %89 ]
  %71 = phi i8 [ %65, %67 ], [ %92, %89 ]
  %72 = phi ptr [ %15, %67 ], [ %90, %89 ]
  %73 = icmp ne i8 %71, 34
  %74 = icmp ult i64 %70, 23
  %75 = select i1 %73, i1 %74, i1 false
  br i1 %75, label %76, label %94

76:                                               ; preds = %69
  %77 = icmp eq i8 %71, 92
  br i1 %77, label %78, label %86

78:                                               ; preds = %76
  %79 = getelementptr inbounds i8, ptr %72, i64 1
  %80 = load i8, ptr %79, align 1, !tbaa !10
  switch i8 %80, label %81 [
    i8 0, label %86
    i8 110, label %82
  ]

81:                                               ; preds = %78
  br label %82

82:                                               ; preds = %81, %78
  %83 = phi i8 [ %80, %81 ], [ 124, %78 ]
  %84 = getelementptr inbounds [24 x i8], ptr %68, i64 0, i64 %70
  store i8 %83, ptr %84, align 1, !tbaa !10
  %85 = getelementptr inbounds i8, ptr %72, i64 2
  br label %89

86:                                               ; preds = %78, %76
  %87 = getelementptr inbounds i8, ptr %72, i64 1
  %88 = getelementptr inbounds [24 x i8], ptr %68, i64 0, i64 %70
  store i8 %71, ptr %88, align 1, !tbaa !10
  br label %89

89:                                               ; preds = %86, %82
  %90 = phi ptr [ %85, %82 ], [ %87, %86 ]
  %91 = add nuw nsw i64 %70, 1
  %92 = load i8, ptr %90, align 1, !tbaa !10
  %93 = icmp eq i8 %92, 0
  br i1 %93, label %98, label %69, !llvm.loop !20

94:                                               ; preds = %69
  %95 = icmp eq i8 %71, 34
  br i1 %95, label %96, label %98

96:                                               ; preds = %94
  %97 = getelementptr inbounds i8, ptr %72, i64 1
  br label %111

98:                                               ; preds = %94, %64, %89
  store i32 5, ptr %17, align 8, !tbaa !13
  br label %117

99:                                               ; preds = %41
  %100 = zext nneg i8 %18 to i64
  %101 = icmp ugt i8 %18, 63
  %102 = shl nuw i64 1, %100
  %103 = and i64 %102, 192414534860801
  %104 = icmp eq i64 %103, 0
  %105 = select i1 %101, i1 true, i1 %104
  %106 = getelementptr inbounds i8, ptr %17, i64 16
  br i1 %105, label %109, label %107

107:                                              ; preds = %99
  store i32 2, ptr %17, align 8, !tbaa !13
  %108 = load i8, ptr %12, align 1, !tbaa !10
  store i8 %108, ptr %106, align 8, !tbaa !10
  br label %111

109:                                              ; preds = %99
  store i32 5, ptr %17, align 8, !tbaa !13
  %110 = load i8, ptr %12, align 1, !tbaa !10
  store i8 %110, ptr %106, align 8, !tbaa !10
  br label %117

111:                                              ; preds = %58, %54, %52, %26, %107, %96
  %112 = phi ptr [ %15, %107 ], [ %97, %96 ], [ %31, %26 ], [ %46, %52 ], [ %46, %54 ], [ %46, %58 ]
  %113 = add nuw nsw i64 %9, 1
  %114 = icmp eq i64 %113, 31
  br i1 %114, label %115, label %8, !llvm.loop !21

115:                                              ; preds = %111
  store i32 4, ptr %2, align 8, !tbaa !13
  %116 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %7)
  br label %121

117:                                              ; preds = %20, %98, %109
  %118 = trunc i64 %9 to i32
  %119 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %7)
  %120 = icmp slt i32 %118, 0
  br i1 %120, label %125, label %121

121:                                              ; preds = %115, %117
  %122 = phi i32 [ 31, %115 ], [ %118, %117 ]
  %123 = add nuw nsw i32 %122, 1
  %124 = zext nneg i32 %123 to i64
  br label %131

125:                                              ; preds = %147, %117
  %126 = phi i32 [ %118, %117 ], [ %122, %147 ]
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [32 x %struct.Token], ptr %1, i64 0, i64 %127
  %129 = load i32, ptr %128, align 8, !tbaa !13
  %130 = icmp eq i32 %129, 5
  br i1 %130, label %150, label %152

131:                                              ; preds = %121, %147
  %132 = phi i64 [ 0, %121 ], [ %148, %147 ]
  %133 = getelementptr inbounds [32 x %struct.Token], ptr %1, i64 0, i64 %132
  %134 = load i32, ptr %133, align 8, !tbaa !13
  %135 = zext i32 %134 to i64
  %136 = shl i64 %135, 2
  %137 = call ptr @llvm.load.relative.i64(ptr @main.kinds.rel, i64 %136)
  %138 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef %137)
  %139 = load i32, ptr %133, align 8, !tbaa !13
  switch i32 %139, label %144 [
    i32 0, label %140
    i32 4, label %147
  ]

140:                                              ; preds = %131
  %141 = getelementptr inbounds i8, ptr %133, i64 8
  %142 = load i64, ptr %141, align 8, !tbaa !17
  %143 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef %142)
  br label %147

144:                                              ; preds = %131
  %145 = getelementptr inbounds i8, ptr %133, i64 16
  %146 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef nonnull %145)
  br label %147

147:                                              ; preds = %131, %140, %144
  %148 = add nuw nsw i64 %132, 1
  %149 = icmp eq i64 %148, %124
  br i1 %149, label %125, label %131, !llvm.loop !22

150:                                              ; preds = %125
  %151 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  br label %155

152:                                              ; preds = %125
  store ptr %1, ptr @cur, align 8, !tbaa !6
  %153 = call fastcc i64 @expr()
  %154 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %153)
  br label %155

155:                                              ; preds = %152, %150
  call void @llvm.lifetime.end.p0(i64 1280, ptr nonnull %1) #8
  %156 = add nuw nsw i64 %5, 1
  %157 = icmp eq i64 %156, 7
  br i1 %157, label %3, label %4, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc i64 @expr() unnamed_addr #3 {
  %1 = tail call fastcc i64 @primary()
  %2 = load ptr, ptr @cur, align 8, !tbaa !6
  %3 = load i32, ptr %2, align 8, !tbaa !13
  %4 = icmp eq i32 %3, 2
  br i1 %4, label %5, label %67

5:                                                ; preds = %0, %20
  %6 = phi ptr [ %22, %20 ], [ %2, %0 ]
  %7 = phi i64 [ %21, %20 ], [ %1, %0 ]
  %8 = getelementptr inbounds i8, ptr %6, i64 16
  %9 = load i8, ptr %8, align 8, !tbaa !10
  switch i8 %9, label %25 [
    i8 42, label %10
    i8 47, label %10
  ]

10:                                               ; preds = %5, %5
  %11 = getelementptr inbounds i8, ptr %6, i64 40
  store ptr %11, ptr @cur, align 8, !tbaa !6
  %12 = tail call fastcc i64 @primary()
  %13 = icmp eq i8 %9, 42
  br i1 %13, label %14, label %16

14:                                               ; preds = %10
  %15 = mul nsw i64 %12, %7
  br label %20

16:                                               ; preds = %10
  %17 = icmp eq i64 %12, 0
  br i1 %17, label %20, label %18

18:                                               ; preds = %16
  %19 = sdiv i64 %7, %12
  br label %20

20:                                               ; preds = %18, %16, %14
  %21 = phi i64 [ %15, %14 ], [ %19, %18 ], [ 0, %16 ]
  %22 = load ptr, ptr @cur, align 8, !tbaa !6
  %23 = load i32, ptr %22, align 8, !tbaa !13
  %24 = icmp eq i32 %23, 2
  br i1 %24, label %5, label %67, !llvm.loop !24

25:                                               ; preds = %5, %62
  %26 = phi ptr [ %37, %62 ], [ %6, %5 ]
  %27 = phi i64 [ %66, %62 ], [ %7, %5 ]
  %28 = getelementptr inbounds i8, ptr %26, i64 16
  %29 = load i8, ptr %28, align 8, !tbaa !10
  switch i8 %29, label %67 [
    i8 43, label %30
    i8 45, label %30
  ]

30:                                               ; preds = %25, %25
  %31 = getelementptr inbounds i8, ptr %26, i64 40
  store ptr %31, ptr @cur, align 8, !tbaa !6
  %32 = tail call fastcc i64 @primary()
  %33 = load ptr, ptr @cur, align 8, !tbaa !6
  %34 = load i32, ptr %33, align 8, !tbaa !13
  %35 = icmp eq i32 %34, 2
  br i1 %35, label %36, label %56

36:                                               ; preds = %30, %51
  %37 = phi ptr [ %53, %51 ], [ %33, %30 ]
  %38 = phi i64 [ %52, %51 ], [ %32, %30 ]
  %39 = getelementptr inbounds i8, ptr %37, i64 16
  %40 = load i8, ptr %39, align 8, !tbaa !10
  switch i8 %40, label %62 [
    i8 42, label %41
    i8 47, label %41
  ]

41:                                               ; preds = %36, %36
  %42 = getelementptr inbounds i8, ptr %37, i64 40
  store ptr %42, ptr @cur, align 8, !tbaa !6
  %43 = tail call fastcc i64 @primary()
  %44 = icmp eq i8 %40, 42
  br i1 %44, label %45, label %47

45:                                               ; preds = %41
  %46 = mul nsw i64 %43, %38
  br label %51

47:                                               ; preds = %41
  %48 = icmp eq i64 %43, 0
  br i1 %48, label %51, label %49

49:                                               ; preds = %47
  %50 = sdiv i64 %38, %43
  br label %51

51:                                               ; preds = %49, %47, %45
  %52 = phi i64 [ %46, %45 ], [ %50, %49 ], [ 0, %47 ]
  %53 = load ptr, ptr @cur, align 8, !tbaa !6
  %54 = load i32, ptr %53, align 8, !tbaa !13
  %55 = icmp eq i32 %54, 2
  br i1 %55, label %36, label %56, !llvm.loop !24

56:                                               ; preds = %30, %51
  %57 = phi i64 [ %52, %51 ], [ %32, %30 ]
  %58 = icmp eq i8 %29, 43
  %59 = sub i64 0, %57
  %60 = select i1 %58, i64 %57, i64 %59
  %61 = add i64 %60, %27
  br label %67

62:                                               ; preds = %36
  %63 = icmp eq i8 %29, 43
  %64 = sub i64 0, %38
  %65 = select i1 %63, i64 %38, i64 %64
  %66 = add i64 %65, %27
  br label %25, !llvm.loop !25

67:                                               ; preds = %20, %25, %0, %56
  %68 = phi i64 [ %61, %56 ], [ %1, %0 ], [ %27, %25 ], [ %21, %20 ]
  ret i64 %68
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc i64 @primary() unnamed_addr #3 {
  %1 = load ptr, ptr @cur, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %1, i64 40
  store ptr %2, ptr @cur, align 8, !tbaa !6
  %3 = load i32, ptr %1, align 8, !tbaa !13
  switch i32 %3, label %17 [
    i32 0, label %4
    i32 1, label %7
    i32 3, label %11
    i32 2, label %14
  ]

4:                                                ; preds = %0
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  %6 = load i64, ptr %5, align 8, !tbaa !17
  br label %17

7:                                                ; preds = %0
  %8 = getelementptr inbounds i8, ptr %1, i64 16
  %9 = tail call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %8) #9
  %10 = mul nsw i64 %9, 10
  br label %17

11:                                               ; preds = %0
  %12 = getelementptr inbounds i8, ptr %1, i64 16
  %13 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %12) #9
  br label %17

14:                                               ; preds = %0
  %15 = getelementptr inbounds i8, ptr %1, i64 16
  %16 = load i8, ptr %15, align 8, !tbaa !10
  switch i8 %16, label %17 [
    i8 45, label %19
    i8 40, label %22
  ]

17:                                               ; preds = %0, %22, %11, %7, %4, %14, %19
  %18 = phi i64 [ %21, %19 ], [ %6, %4 ], [ %10, %7 ], [ %13, %11 ], [ %23, %22 ], [ 0, %0 ], [ 0, %14 ]
  ret i64 %18

19:                                               ; preds = %14
  %20 = tail call fastcc i64 @primary()
  %21 = sub nsw i64 0, %20
  br label %17

22:                                               ; preds = %14
  %23 = tail call fastcc i64 @expr()
  %24 = load ptr, ptr @cur, align 8, !tbaa !6
  %25 = getelementptr inbounds i8, ptr %24, i64 40
  store ptr %25, ptr @cur, align 8, !tbaa !6
  br label %17
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #7

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!8, !8, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !15, i64 0}
!14 = !{!"Token", !15, i64 0, !16, i64 8, !8, i64 16}
!15 = !{!"int", !8, i64 0}
!16 = !{!"long", !8, i64 0}
!17 = !{!14, !16, i64 8}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12}
!25 = distinct !{!25, !12}
