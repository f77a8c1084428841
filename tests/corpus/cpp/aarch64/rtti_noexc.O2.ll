; ModuleID = 'rtti.cpp'
source_filename = "rtti.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Leaf = type { %struct.Node.base, i32 }
%struct.Node.base = type <{ ptr, i32 }>
%struct.Branch = type { %struct.Node.base, %"class.std::vector" }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl" }
%"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl" = type { %"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl_data" }
%"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%struct.Fancy = type { %struct.Leaf, %struct.Mixin }
%struct.Mixin = type { ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }

$_ZN5FancyD2Ev = comdat any

$_ZN6BranchD2Ev = comdat any

$_ZN4NodeD2Ev = comdat any

$_ZN4LeafD0Ev = comdat any

$_ZN6BranchD0Ev = comdat any

$_ZN5FancyD0Ev = comdat any

$_ZNK5Fancy3mixEv = comdat any

$_ZThn16_N5FancyD1Ev = comdat any

$_ZThn16_N5FancyD0Ev = comdat any

$_ZThn16_NK5Fancy3mixEv = comdat any

$_ZTS4Node = comdat any

$_ZTI4Node = comdat any

$_ZTS4Leaf = comdat any

$_ZTI4Leaf = comdat any

$_ZTS6Branch = comdat any

$_ZTI6Branch = comdat any

$_ZTS5Fancy = comdat any

$_ZTS5Mixin = comdat any

$_ZTI5Mixin = comdat any

$_ZTI5Fancy = comdat any

$_ZTS5Plain = comdat any

$_ZTSSt6vectorIiSaIiEE = comdat any

$_ZTV4Leaf = comdat any

$_ZTV6Branch = comdat any

$_ZTV5Fancy = comdat any

$_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

@.str = private unnamed_addr constant [31 x i8] c"%s: leaf %d branch %d fancy %d\00", align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS4Node = linkonce_odr dso_local constant [6 x i8] c"4Node\00", comdat, align 1
@_ZTI4Node = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS4Node }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS4Leaf = linkonce_odr dso_local constant [6 x i8] c"4Leaf\00", comdat, align 1
@_ZTI4Leaf = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4Leaf, ptr @_ZTI4Node }, comdat, align 8
@_ZTS6Branch = linkonce_odr dso_local constant [8 x i8] c"6Branch\00", comdat, align 1
@_ZTI6Branch = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Branch, ptr @_ZTI4Node }, comdat, align 8
@_ZTVN10__cxxabiv121__vmi_class_type_infoE = external global [0 x ptr]
@_ZTS5Fancy = linkonce_odr dso_local constant [7 x i8] c"5Fancy\00", comdat, align 1
@_ZTS5Mixin = linkonce_odr dso_local constant [7 x i8] c"5Mixin\00", comdat, align 1
@_ZTI5Mixin = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Mixin }, comdat, align 8
@_ZTI5Fancy = linkonce_odr dso_local constant { ptr, ptr, i32, i32, ptr, i64, ptr, i64 } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv121__vmi_class_type_infoE, i64 2), ptr @_ZTS5Fancy, i32 0, i32 2, ptr @_ZTI4Leaf, i64 2, ptr @_ZTI5Mixin, i64 4098 }, comdat, align 8
@.str.1 = private unnamed_addr constant [19 x i8] c" cross-cast mix %d\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c" most-derived %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [34 x i8] c"typeid(leaf) == typeid(Leaf): %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"typeid(leaf) == typeid(Node): %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [27 x i8] c"static types: %s %s %s %s\0A\00", align 1
@_ZTIi = external local_unnamed_addr constant ptr
@_ZTIPKc = external local_unnamed_addr constant ptr
@_ZTS5Plain = linkonce_odr dso_local constant [7 x i8] c"5Plain\00", comdat, align 1
@_ZTSSt6vectorIiSaIiEE = linkonce_odr dso_local constant [18 x i8] c"St6vectorIiSaIiEE\00", comdat, align 1
@.str.6 = private unnamed_addr constant [25 x i8] c"categories: %s %s %s %s\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"before: %d\0A\00", align 1
@_ZTId = external local_unnamed_addr constant ptr
@.str.9 = private unnamed_addr constant [38 x i8] c"hash codes equal for equal types: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [53 x i8] c"cross-cast back to Node gives id %d, same object %d\0A\00", align 1
@_ZTV4Leaf = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI4Leaf, ptr @_ZN4NodeD2Ev, ptr @_ZN4LeafD0Ev] }, comdat, align 8
@_ZTV6Branch = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI6Branch, ptr @_ZN6BranchD2Ev, ptr @_ZN6BranchD0Ev] }, comdat, align 8
@_ZTV5Fancy = linkonce_odr dso_local unnamed_addr constant { [5 x ptr], [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Fancy, ptr @_ZN5FancyD2Ev, ptr @_ZN5FancyD0Ev, ptr @_ZNK5Fancy3mixEv], [5 x ptr] [ptr inttoptr (i64 -16 to ptr), ptr @_ZTI5Fancy, ptr @_ZThn16_N5FancyD1Ev, ptr @_ZThn16_N5FancyD0Ev, ptr @_ZThn16_NK5Fancy3mixEv] }, comdat, align 8
@.str.12 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"std::string\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@_ZTIc = external local_unnamed_addr constant ptr
@str = private unnamed_addr constant [48 x i8] c"no exceptions: failed reference casts not tried\00", align 1

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Leaf, align 8
  %2 = alloca %struct.Branch, align 8
  %3 = alloca %struct.Fancy, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #13
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV4Leaf, i64 16), ptr %1, align 8, !tbaa !6
  store <2 x i32> <i32 0, i32 1>, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #13
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 0, ptr %7, align 8, !tbaa !12
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #13
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store <2 x i32> <i32 0, i32 1>, ptr %9, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 16), ptr %3, align 8, !tbaa !6
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 56), ptr %10, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #13
  store ptr %1, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds i8, ptr %4, i64 8
  store ptr %2, ptr %11, align 8, !tbaa !14
  %12 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %3, ptr %12, align 8, !tbaa !14
  br label %146

13:                                               ; preds = %197
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1)
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0)
  %16 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIi, i64 8), align 8, !tbaa !16
  %17 = load i8, ptr %16, align 1, !tbaa !18
  %18 = icmp eq i8 %17, 42
  %19 = zext i1 %18 to i64
  %20 = getelementptr inbounds i8, ptr %16, i64 %19
  %21 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIPKc, i64 8), align 8, !tbaa !16
  %22 = load i8, ptr %21, align 1, !tbaa !18
  %23 = icmp eq i8 %22, 42
  %24 = zext i1 %23 to i64
  %25 = getelementptr inbounds i8, ptr %21, i64 %24
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %20, ptr noundef nonnull %25, ptr noundef nonnull @_ZTS5Plain, ptr noundef nonnull @_ZTSSt6vectorIiSaIiEE)
  %27 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %28 = icmp eq ptr %27, %16
  br i1 %28, label %40, label %29

29:                                               ; preds = %13
  %30 = load i8, ptr %27, align 1, !tbaa !18
  %31 = icmp eq i8 %30, 42
  br i1 %31, label %39, label %32

32:                                               ; preds = %29
  %33 = load i8, ptr %16, align 1, !tbaa !18
  %34 = icmp eq i8 %33, 42
  %35 = zext i1 %34 to i64
  %36 = getelementptr inbounds i8, ptr %16, i64 %35
  %37 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(1) %36) #13
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %40, label %39

39:                                               ; preds = %32, %29
  br label %40

40:                                               ; preds = %13, %32, %39
  %41 = phi ptr [ @.str.12, %32 ], [ @.str.13, %39 ], [ @.str.12, %13 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #13
  %42 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %42, ptr %5, align 8, !tbaa !19
  store i8 115, ptr %42, align 8, !tbaa !18
  %43 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 1, ptr %43, align 8, !tbaa !21
  %44 = getelementptr inbounds i8, ptr %5, i64 17
  store i8 0, ptr %44, align 1, !tbaa !18
  %45 = icmp eq ptr %16, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %45, label %63, label %46

46:                                               ; preds = %40
  %47 = load i8, ptr %16, align 1, !tbaa !18
  %48 = icmp eq i8 %47, 42
  %49 = zext i1 %48 to i64
  %50 = getelementptr inbounds i8, ptr %16, i64 %49
  %51 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %50) #13
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %63, label %53

53:                                               ; preds = %46
  %54 = icmp eq ptr %27, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %54, label %63, label %55

55:                                               ; preds = %53
  %56 = load i8, ptr %27, align 1, !tbaa !18
  %57 = icmp eq i8 %56, 42
  %58 = zext i1 %57 to i64
  %59 = getelementptr inbounds i8, ptr %27, i64 %58
  %60 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %59) #13
  %61 = icmp eq i32 %60, 0
  %62 = select i1 %61, ptr @.str.13, ptr @.str.14
  br label %63

63:                                               ; preds = %40, %46, %53, %55
  %64 = phi ptr [ @.str.12, %46 ], [ @.str.12, %40 ], [ @.str.13, %53 ], [ %62, %55 ]
  %65 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIc, i64 8), align 8, !tbaa !16
  %66 = icmp eq ptr %65, %16
  br i1 %66, label %97, label %67

67:                                               ; preds = %63
  %68 = load i8, ptr %65, align 1, !tbaa !18
  %69 = icmp eq i8 %68, 42
  br i1 %69, label %77, label %70

70:                                               ; preds = %67
  %71 = load i8, ptr %16, align 1, !tbaa !18
  %72 = icmp eq i8 %71, 42
  %73 = zext i1 %72 to i64
  %74 = getelementptr inbounds i8, ptr %16, i64 %73
  %75 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %65, ptr noundef nonnull dereferenceable(1) %74) #13
  %76 = icmp eq i32 %75, 0
  br i1 %76, label %97, label %79

77:                                               ; preds = %67
  %78 = icmp eq ptr %65, %27
  br i1 %78, label %97, label %88

79:                                               ; preds = %70
  %80 = icmp eq ptr %65, %27
  br i1 %80, label %97, label %81

81:                                               ; preds = %79
  %82 = load i8, ptr %27, align 1, !tbaa !18
  %83 = icmp eq i8 %82, 42
  %84 = zext i1 %83 to i64
  %85 = getelementptr inbounds i8, ptr %27, i64 %84
  %86 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %65, ptr noundef nonnull dereferenceable(1) %85) #13
  %87 = icmp eq i32 %86, 0
  br i1 %87, label %97, label %90

88:                                               ; preds = %77
  %89 = icmp eq ptr %65, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %89, label %96, label %97

90:                                               ; preds = %81
  %91 = icmp eq ptr %65, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %91, label %96, label %92

92:                                               ; preds = %90
  %93 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %65, ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #13
  %94 = freeze i32 %93
  %95 = icmp eq i32 %94, 0
  br i1 %95, label %96, label %97

96:                                               ; preds = %92, %90, %88
  br label %97

97:                                               ; preds = %63, %70, %77, %79, %81, %88, %92, %96
  %98 = phi ptr [ @.str.12, %70 ], [ @.str.13, %81 ], [ @.str.14, %96 ], [ @.str.15, %92 ], [ @.str.12, %63 ], [ @.str.13, %77 ], [ @.str.13, %79 ], [ @.str.15, %88 ]
  %99 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.12, ptr noundef nonnull %41, ptr noundef nonnull %64, ptr noundef nonnull %98)
  %100 = load ptr, ptr %5, align 8, !tbaa !24
  %101 = icmp eq ptr %100, %42
  br i1 %101, label %105, label %102

102:                                              ; preds = %97
  %103 = load i64, ptr %42, align 8, !tbaa !18
  %104 = add i64 %103, 1
  call void @_ZdlPvm(ptr noundef %100, i64 noundef %104) #14
  br label %105

105:                                              ; preds = %97, %102
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #13
  %106 = load i8, ptr %16, align 1, !tbaa !18
  %107 = icmp eq i8 %106, 42
  br i1 %107, label %108, label %111

108:                                              ; preds = %105
  %109 = load i8, ptr %27, align 1, !tbaa !18
  %110 = icmp eq i8 %109, 42
  br i1 %110, label %116, label %111

111:                                              ; preds = %105, %108
  %112 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %16, ptr noundef nonnull dereferenceable(1) %27) #13
  %113 = icmp slt i32 %112, 0
  %114 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(1) %16) #13
  %115 = icmp slt i32 %114, 0
  br label %119

116:                                              ; preds = %108
  %117 = icmp ult ptr %16, %27
  %118 = icmp ult ptr %27, %16
  br label %119

119:                                              ; preds = %111, %116
  %120 = phi i1 [ %113, %111 ], [ %117, %116 ]
  %121 = phi i1 [ %115, %111 ], [ %118, %116 ]
  %122 = xor i1 %120, %121
  %123 = zext i1 %122 to i32
  %124 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %123)
  %125 = call noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911) #13
  %126 = call noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911) #13
  %127 = icmp eq i64 %125, %126
  %128 = zext i1 %127 to i32
  %129 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %128)
  %130 = call ptr @__dynamic_cast(ptr nonnull %10, ptr nonnull @_ZTI5Mixin, ptr nonnull @_ZTI4Node, i64 -2) #13
  %131 = getelementptr inbounds i8, ptr %130, i64 8
  %132 = load i32, ptr %131, align 8, !tbaa !12
  %133 = icmp eq ptr %130, %3
  %134 = zext i1 %133 to i32
  %135 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %132, i32 noundef %134)
  %136 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #13
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #13
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %137 = load ptr, ptr %8, align 8, !tbaa !25
  %138 = icmp eq ptr %137, null
  br i1 %138, label %145, label %139

139:                                              ; preds = %119
  %140 = getelementptr inbounds i8, ptr %2, i64 32
  %141 = load ptr, ptr %140, align 8, !tbaa !27
  %142 = ptrtoint ptr %141 to i64
  %143 = ptrtoint ptr %137 to i64
  %144 = sub i64 %142, %143
  call void @_ZdlPvm(ptr noundef nonnull %137, i64 noundef %144) #14
  br label %145

145:                                              ; preds = %119, %139
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #13
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #13
  ret i32 0

146:                                              ; preds = %0, %197
  %147 = phi i64 [ 0, %0 ], [ %201, %197 ]
  %148 = getelementptr inbounds i8, ptr %4, i64 %147
  %149 = load ptr, ptr %148, align 8, !tbaa !14
  %150 = icmp eq ptr %149, null
  br i1 %150, label %151, label %152

151:                                              ; preds = %146
  call void @__cxa_bad_typeid() #15
  unreachable

152:                                              ; preds = %146
  %153 = load ptr, ptr %149, align 8, !tbaa !6
  %154 = getelementptr inbounds i8, ptr %153, i64 -8
  %155 = load ptr, ptr %154, align 8
  %156 = getelementptr inbounds i8, ptr %155, i64 8
  %157 = load ptr, ptr %156, align 8, !tbaa !16
  %158 = load i8, ptr %157, align 1, !tbaa !18
  %159 = icmp eq i8 %158, 42
  %160 = zext i1 %159 to i64
  %161 = getelementptr inbounds i8, ptr %157, i64 %160
  %162 = call ptr @__dynamic_cast(ptr nonnull %149, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #13
  %163 = icmp ne ptr %162, null
  %164 = zext i1 %163 to i32
  %165 = call ptr @__dynamic_cast(ptr nonnull %149, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI6Branch, i64 0) #13
  %166 = icmp ne ptr %165, null
  %167 = zext i1 %166 to i32
  %168 = call ptr @__dynamic_cast(ptr nonnull %149, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Fancy, i64 0) #13
  %169 = icmp ne ptr %168, null
  %170 = zext i1 %169 to i32
  %171 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %161, i32 noundef %164, i32 noundef %167, i32 noundef %170)
  %172 = call ptr @__dynamic_cast(ptr nonnull %149, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Mixin, i64 -2) #13
  %173 = icmp eq ptr %172, null
  br i1 %173, label %180, label %174

174:                                              ; preds = %152
  %175 = load ptr, ptr %172, align 8, !tbaa !6
  %176 = getelementptr inbounds i8, ptr %175, i64 16
  %177 = load ptr, ptr %176, align 8
  %178 = call noundef i32 %177(ptr noundef nonnull align 8 dereferenceable(8) %172) #13
  %179 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %178)
  br label %180

180:                                              ; preds = %174, %152
  %181 = load ptr, ptr %149, align 8, !tbaa !6
  %182 = getelementptr inbounds i8, ptr %181, i64 -16
  %183 = load i64, ptr %182, align 8
  %184 = icmp eq i64 %183, 0
  br i1 %184, label %197, label %185

185:                                              ; preds = %180
  %186 = getelementptr inbounds i8, ptr %181, i64 -8
  %187 = load ptr, ptr %186, align 8
  %188 = getelementptr inbounds i8, ptr %187, i64 8
  %189 = load ptr, ptr %188, align 8, !tbaa !16
  %190 = icmp eq ptr %189, @_ZTS5Fancy
  br i1 %190, label %197, label %191

191:                                              ; preds = %185
  %192 = load i8, ptr %189, align 1, !tbaa !18
  %193 = icmp eq i8 %192, 42
  br i1 %193, label %197, label %194

194:                                              ; preds = %191
  %195 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %189, ptr noundef nonnull dereferenceable(7) @_ZTS5Fancy) #13
  %196 = icmp eq i32 %195, 0
  br label %197

197:                                              ; preds = %194, %191, %185, %180
  %198 = phi i1 [ true, %180 ], [ true, %185 ], [ false, %191 ], [ %196, %194 ]
  %199 = zext i1 %198 to i32
  %200 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %199)
  %201 = add nuw nsw i64 %147, 8
  %202 = icmp eq i64 %201, 24
  br i1 %202, label %13, label %146
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare void @__cxa_bad_typeid() local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare ptr @__dynamic_cast(ptr, ptr, ptr, i64) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #4 comdat {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !25
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !27
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #14
  br label %11

11:                                               ; preds = %1, %5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4NodeD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #5 comdat {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4LeafD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #4 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #14
  ret void
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #6

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #4 comdat {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !25
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !27
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #14
  br label %11

11:                                               ; preds = %1, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #14
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #14
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK5Fancy3mixEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  ret i32 30
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD1Ev(ptr noundef %0) unnamed_addr #7 comdat {
  ret void
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD0Ev(ptr noundef %0) unnamed_addr #7 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 -16
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 24) #14
  ret void
}

; Function Attrs: nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZThn16_NK5Fancy3mixEv(ptr noundef %0) unnamed_addr #8 comdat {
  ret i32 30
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #9

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #11

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #12

attributes #0 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #4 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { inlinehint nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nofree nounwind }
attributes #12 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #13 = { nounwind }
attributes #14 = { builtin nounwind }
attributes #15 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"vtable pointer", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !8, i64 0}
!12 = !{!13, !10, i64 8}
!13 = !{!"_ZTS4Node", !10, i64 8}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !11, i64 0}
!16 = !{!17, !15, i64 8}
!17 = !{!"_ZTSSt9type_info", !15, i64 8}
!18 = !{!11, !11, i64 0}
!19 = !{!20, !15, i64 0}
!20 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !15, i64 0}
!21 = !{!22, !23, i64 8}
!22 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !20, i64 0, !23, i64 8, !11, i64 16}
!23 = !{!"long", !11, i64 0}
!24 = !{!22, !15, i64 0}
!25 = !{!26, !15, i64 0}
!26 = !{!"_ZTSNSt12_Vector_baseIP4NodeSaIS1_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!27 = !{!26, !15, i64 16}
