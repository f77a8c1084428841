; ModuleID = 'rtti.cpp'
source_filename = "rtti.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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

$_Z8categoryIcEPKcRKT_ = comdat any

$__clang_call_terminate = comdat any

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
@_ZTISt8bad_cast = external constant ptr
@.str.11 = private unnamed_addr constant [15 x i8] c"unexpected %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [22 x i8] c"bad_cast caught (%s)\0A\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"cast\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"mentions cast\00", align 1
@_ZTISt10bad_typeid = external constant ptr
@_ZTV4Leaf = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI4Leaf, ptr @_ZN4NodeD2Ev, ptr @_ZN4LeafD0Ev] }, comdat, align 8
@_ZTV6Branch = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI6Branch, ptr @_ZN6BranchD2Ev, ptr @_ZN6BranchD0Ev] }, comdat, align 8
@_ZTV5Fancy = linkonce_odr dso_local unnamed_addr constant { [5 x ptr], [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Fancy, ptr @_ZN5FancyD2Ev, ptr @_ZN5FancyD0Ev, ptr @_ZNK5Fancy3mixEv], [5 x ptr] [ptr inttoptr (i64 -16 to ptr), ptr @_ZTI5Fancy, ptr @_ZThn16_N5FancyD1Ev, ptr @_ZThn16_N5FancyD0Ev, ptr @_ZThn16_NK5Fancy3mixEv] }, comdat, align 8
@.str.17 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.18 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"std::string\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@_ZTIc = external local_unnamed_addr constant ptr
@str = private unnamed_addr constant [18 x i8] c"bad_typeid caught\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %struct.Leaf, align 8
  %2 = alloca %struct.Branch, align 8
  %3 = alloca %struct.Fancy, align 8
  %4 = alloca [3 x ptr], align 16
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #15
  %7 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 0, ptr %7, align 8, !tbaa !5
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV4Leaf, i64 16), ptr %1, align 8, !tbaa !10
  %8 = getelementptr inbounds i8, ptr %1, i64 12
  store i32 1, ptr %8, align 4, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #15
  %9 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 0, ptr %9, align 8, !tbaa !5
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %10 = getelementptr inbounds i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %10, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #15
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 0, ptr %11, align 8, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %3, i64 12
  store i32 1, ptr %12, align 4, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 16), ptr %3, align 8, !tbaa !10
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 56), ptr %13, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #15
  store ptr %1, ptr %4, align 16, !tbaa !14
  %14 = getelementptr inbounds i8, ptr %4, i64 8
  store ptr %2, ptr %14, align 8, !tbaa !14
  %15 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %3, ptr %15, align 16, !tbaa !14
  br label %49

16:                                               ; preds = %106
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1)
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0)
  %19 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIi, i64 8), align 8, !tbaa !16
  %20 = load i8, ptr %19, align 1, !tbaa !18
  %21 = icmp eq i8 %20, 42
  %22 = zext i1 %21 to i64
  %23 = getelementptr inbounds i8, ptr %19, i64 %22
  %24 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIPKc, i64 8), align 8, !tbaa !16
  %25 = load i8, ptr %24, align 1, !tbaa !18
  %26 = icmp eq i8 %25, 42
  %27 = zext i1 %26 to i64
  %28 = getelementptr inbounds i8, ptr %24, i64 %27
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %23, ptr noundef nonnull %28, ptr noundef nonnull @_ZTS5Plain, ptr noundef nonnull @_ZTSSt6vectorIiSaIiEE)
  %30 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %31 = icmp eq ptr %30, %19
  br i1 %31, label %43, label %32

32:                                               ; preds = %16
  %33 = load i8, ptr %30, align 1, !tbaa !18
  %34 = icmp eq i8 %33, 42
  br i1 %34, label %42, label %35

35:                                               ; preds = %32
  %36 = load i8, ptr %19, align 1, !tbaa !18
  %37 = icmp eq i8 %36, 42
  %38 = zext i1 %37 to i64
  %39 = getelementptr inbounds i8, ptr %19, i64 %38
  %40 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %30, ptr noundef nonnull dereferenceable(1) %39) #15
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %43, label %42

42:                                               ; preds = %35, %32
  br label %43

43:                                               ; preds = %16, %35, %42
  %44 = phi ptr [ @.str.17, %35 ], [ @.str.18, %42 ], [ @.str.17, %16 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #15
  %45 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %45, ptr %5, align 8, !tbaa !19
  store i8 115, ptr %45, align 8, !tbaa !18
  %46 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 1, ptr %46, align 8, !tbaa !21
  %47 = getelementptr inbounds i8, ptr %5, i64 17
  store i8 0, ptr %47, align 1, !tbaa !18
  %48 = icmp eq ptr %19, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %48, label %129, label %112

49:                                               ; preds = %0, %106
  %50 = phi i64 [ 0, %0 ], [ %110, %106 ]
  %51 = getelementptr inbounds i8, ptr %4, i64 %50
  %52 = load ptr, ptr %51, align 8, !tbaa !14
  %53 = icmp eq ptr %52, null
  br i1 %53, label %54, label %56

54:                                               ; preds = %49
  invoke void @__cxa_bad_typeid() #16
          to label %55 unwind label %78

55:                                               ; preds = %54
  unreachable

56:                                               ; preds = %49
  %57 = load ptr, ptr %52, align 8, !tbaa !10
  %58 = getelementptr inbounds i8, ptr %57, i64 -8
  %59 = load ptr, ptr %58, align 8
  %60 = getelementptr inbounds i8, ptr %59, i64 8
  %61 = load ptr, ptr %60, align 8, !tbaa !16
  %62 = load i8, ptr %61, align 1, !tbaa !18
  %63 = icmp eq i8 %62, 42
  %64 = zext i1 %63 to i64
  %65 = getelementptr inbounds i8, ptr %61, i64 %64
  %66 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #15
  %67 = icmp ne ptr %66, null
  %68 = zext i1 %67 to i32
  %69 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI6Branch, i64 0) #15
  %70 = icmp ne ptr %69, null
  %71 = zext i1 %70 to i32
  %72 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Fancy, i64 0) #15
  %73 = icmp ne ptr %72, null
  %74 = zext i1 %73 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %65, i32 noundef %68, i32 noundef %71, i32 noundef %74)
  %76 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Mixin, i64 -2) #15
  %77 = icmp eq ptr %76, null
  br i1 %77, label %89, label %80

78:                                               ; preds = %54
  %79 = landingpad { ptr, i32 }
          cleanup
  br label %232

80:                                               ; preds = %56
  %81 = load ptr, ptr %76, align 8, !tbaa !10
  %82 = getelementptr inbounds i8, ptr %81, i64 16
  %83 = load ptr, ptr %82, align 8
  %84 = invoke noundef i32 %83(ptr noundef nonnull align 8 dereferenceable(8) %76)
          to label %85 unwind label %87

85:                                               ; preds = %80
  %86 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %84)
  br label %89

87:                                               ; preds = %80
  %88 = landingpad { ptr, i32 }
          cleanup
  br label %232

89:                                               ; preds = %85, %56
  %90 = load ptr, ptr %52, align 8, !tbaa !10
  %91 = getelementptr inbounds i8, ptr %90, i64 -16
  %92 = load i64, ptr %91, align 8
  %93 = icmp eq i64 %92, 0
  br i1 %93, label %106, label %94

94:                                               ; preds = %89
  %95 = getelementptr inbounds i8, ptr %90, i64 -8
  %96 = load ptr, ptr %95, align 8
  %97 = getelementptr inbounds i8, ptr %96, i64 8
  %98 = load ptr, ptr %97, align 8, !tbaa !16
  %99 = icmp eq ptr %98, @_ZTS5Fancy
  br i1 %99, label %106, label %100

100:                                              ; preds = %94
  %101 = load i8, ptr %98, align 1, !tbaa !18
  %102 = icmp eq i8 %101, 42
  br i1 %102, label %106, label %103

103:                                              ; preds = %100
  %104 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %98, ptr noundef nonnull dereferenceable(7) @_ZTS5Fancy) #15
  %105 = icmp eq i32 %104, 0
  br label %106

106:                                              ; preds = %103, %100, %94, %89
  %107 = phi i1 [ true, %89 ], [ true, %94 ], [ false, %100 ], [ %105, %103 ]
  %108 = zext i1 %107 to i32
  %109 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %108)
  %110 = add nuw nsw i64 %50, 8
  %111 = icmp eq i64 %110, 24
  br i1 %111, label %16, label %49

112:                                              ; preds = %43
  %113 = load i8, ptr %19, align 1, !tbaa !18
  %114 = icmp eq i8 %113, 42
  %115 = zext i1 %114 to i64
  %116 = getelementptr inbounds i8, ptr %19, i64 %115
  %117 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %116) #15
  %118 = icmp eq i32 %117, 0
  br i1 %118, label %129, label %119

119:                                              ; preds = %112
  %120 = icmp eq ptr %30, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %120, label %129, label %121

121:                                              ; preds = %119
  %122 = load i8, ptr %30, align 1, !tbaa !18
  %123 = icmp eq i8 %122, 42
  %124 = zext i1 %123 to i64
  %125 = getelementptr inbounds i8, ptr %30, i64 %124
  %126 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %125) #15
  %127 = icmp eq i32 %126, 0
  %128 = select i1 %127, ptr @.str.18, ptr @.str.19
  br label %129

129:                                              ; preds = %43, %112, %119, %121
  %130 = phi ptr [ @.str.17, %112 ], [ @.str.17, %43 ], [ @.str.18, %119 ], [ %128, %121 ]
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %6) #15
  store i8 99, ptr %6, align 1, !tbaa !18
  %131 = call noundef ptr @_Z8categoryIcEPKcRKT_(ptr noundef nonnull align 1 dereferenceable(1) %6)
  %132 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.17, ptr noundef nonnull %44, ptr noundef nonnull %130, ptr noundef %131)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %6) #15
  %133 = load ptr, ptr %5, align 8, !tbaa !24
  %134 = icmp eq ptr %133, %45
  br i1 %134, label %138, label %135

135:                                              ; preds = %129
  %136 = load i64, ptr %45, align 8, !tbaa !18
  %137 = add i64 %136, 1
  call void @_ZdlPvm(ptr noundef %133, i64 noundef %137) #17
  br label %138

138:                                              ; preds = %129, %135
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #15
  %139 = load i8, ptr %19, align 1, !tbaa !18
  %140 = icmp eq i8 %139, 42
  br i1 %140, label %141, label %144

141:                                              ; preds = %138
  %142 = load i8, ptr %30, align 1, !tbaa !18
  %143 = icmp eq i8 %142, 42
  br i1 %143, label %149, label %144

144:                                              ; preds = %138, %141
  %145 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %19, ptr noundef nonnull dereferenceable(1) %30) #15
  %146 = icmp slt i32 %145, 0
  %147 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %30, ptr noundef nonnull dereferenceable(1) %19) #15
  %148 = icmp slt i32 %147, 0
  br label %152

149:                                              ; preds = %141
  %150 = icmp ult ptr %19, %30
  %151 = icmp ult ptr %30, %19
  br label %152

152:                                              ; preds = %144, %149
  %153 = phi i1 [ %146, %144 ], [ %150, %149 ]
  %154 = phi i1 [ %148, %144 ], [ %151, %149 ]
  %155 = xor i1 %153, %154
  %156 = zext i1 %155 to i32
  %157 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %156)
  %158 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %162 unwind label %159

159:                                              ; preds = %152
  %160 = landingpad { ptr, i32 }
          catch ptr null
  %161 = extractvalue { ptr, i32 } %160, 0
  call void @__clang_call_terminate(ptr %161) #18
  unreachable

162:                                              ; preds = %152
  %163 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %167 unwind label %164

164:                                              ; preds = %162
  %165 = landingpad { ptr, i32 }
          catch ptr null
  %166 = extractvalue { ptr, i32 } %165, 0
  call void @__clang_call_terminate(ptr %166) #18
  unreachable

167:                                              ; preds = %162
  %168 = icmp eq i64 %158, %163
  %169 = zext i1 %168 to i32
  %170 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %169)
  %171 = call ptr @__dynamic_cast(ptr nonnull %13, ptr nonnull @_ZTI5Mixin, ptr nonnull @_ZTI4Node, i64 -2) #15
  %172 = getelementptr inbounds i8, ptr %171, i64 8
  %173 = load i32, ptr %172, align 8, !tbaa !5
  %174 = icmp eq ptr %171, %3
  %175 = zext i1 %174 to i32
  %176 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %173, i32 noundef %175)
  %177 = call ptr @__dynamic_cast(ptr nonnull %2, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #15
  %178 = icmp eq ptr %177, null
  br i1 %178, label %179, label %181

179:                                              ; preds = %167
  invoke void @__cxa_bad_cast() #16
          to label %180 unwind label %185

180:                                              ; preds = %179
  unreachable

181:                                              ; preds = %167
  %182 = getelementptr inbounds i8, ptr %177, i64 12
  %183 = load i32, ptr %182, align 4, !tbaa !12
  %184 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %183)
  br label %207

185:                                              ; preds = %179
  %186 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt8bad_cast
  %187 = extractvalue { ptr, i32 } %186, 1
  %188 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt8bad_cast) #15
  %189 = icmp eq i32 %187, %188
  br i1 %189, label %190, label %232

190:                                              ; preds = %185
  %191 = extractvalue { ptr, i32 } %186, 0
  %192 = call ptr @__cxa_begin_catch(ptr %191) #15
  %193 = load ptr, ptr %192, align 8, !tbaa !10
  %194 = getelementptr inbounds i8, ptr %193, i64 16
  %195 = load ptr, ptr %194, align 8
  %196 = call noundef ptr %195(ptr noundef nonnull align 8 dereferenceable(8) %192) #15
  %197 = call noundef ptr @strstr(ptr noundef nonnull dereferenceable(1) %196, ptr noundef nonnull dereferenceable(1) @.str.13) #19
  %198 = icmp eq ptr %197, null
  br i1 %198, label %199, label %204

199:                                              ; preds = %190
  %200 = load ptr, ptr %192, align 8, !tbaa !10
  %201 = getelementptr inbounds i8, ptr %200, i64 16
  %202 = load ptr, ptr %201, align 8
  %203 = call noundef ptr %202(ptr noundef nonnull align 8 dereferenceable(8) %192) #15
  br label %204

204:                                              ; preds = %190, %199
  %205 = phi ptr [ %203, %199 ], [ @.str.14, %190 ]
  %206 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef %205)
  invoke void @__cxa_end_catch()
          to label %207 unwind label %209

207:                                              ; preds = %181, %204
  invoke void @__cxa_bad_typeid() #16
          to label %208 unwind label %211

208:                                              ; preds = %207
  unreachable

209:                                              ; preds = %204
  %210 = landingpad { ptr, i32 }
          cleanup
  br label %232

211:                                              ; preds = %207
  %212 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt10bad_typeid
  %213 = extractvalue { ptr, i32 } %212, 1
  %214 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt10bad_typeid) #15
  %215 = icmp eq i32 %213, %214
  br i1 %215, label %216, label %232

216:                                              ; preds = %211
  %217 = extractvalue { ptr, i32 } %212, 0
  %218 = call ptr @__cxa_begin_catch(ptr %217) #15
  %219 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  invoke void @__cxa_end_catch()
          to label %220 unwind label %230

220:                                              ; preds = %216
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %221 = load ptr, ptr %10, align 8, !tbaa !25
  %222 = icmp eq ptr %221, null
  br i1 %222, label %229, label %223

223:                                              ; preds = %220
  %224 = getelementptr inbounds i8, ptr %2, i64 32
  %225 = load ptr, ptr %224, align 8, !tbaa !27
  %226 = ptrtoint ptr %225 to i64
  %227 = ptrtoint ptr %221 to i64
  %228 = sub i64 %226, %227
  call void @_ZdlPvm(ptr noundef nonnull %221, i64 noundef %228) #17
  br label %229

229:                                              ; preds = %220, %223
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #15
  ret i32 0

230:                                              ; preds = %216
  %231 = landingpad { ptr, i32 }
          cleanup
  br label %232

232:                                              ; preds = %78, %87, %185, %209, %211, %230
  %233 = phi { ptr, i32 } [ %231, %230 ], [ %212, %211 ], [ %210, %209 ], [ %186, %185 ], [ %79, %78 ], [ %88, %87 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %234 = load ptr, ptr %10, align 8, !tbaa !25
  %235 = icmp eq ptr %234, null
  br i1 %235, label %242, label %236

236:                                              ; preds = %232
  %237 = getelementptr inbounds i8, ptr %2, i64 32
  %238 = load ptr, ptr %237, align 8, !tbaa !27
  %239 = ptrtoint ptr %238 to i64
  %240 = ptrtoint ptr %234 to i64
  %241 = sub i64 %239, %240
  call void @_ZdlPvm(ptr noundef nonnull %234, i64 noundef %241) #17
  br label %242

242:                                              ; preds = %232, %236
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #15
  resume { ptr, i32 } %233
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare void @__cxa_bad_typeid() local_unnamed_addr

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare ptr @__dynamic_cast(ptr, ptr, ptr, i64) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_Z8categoryIcEPKcRKT_(ptr noundef nonnull align 1 dereferenceable(1) %0) local_unnamed_addr #4 comdat {
  %2 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIc, i64 8), align 8, !tbaa !16
  %3 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIi, i64 8), align 8, !tbaa !16
  %4 = icmp eq ptr %2, %3
  br i1 %4, label %37, label %5

5:                                                ; preds = %1
  %6 = load i8, ptr %2, align 1, !tbaa !18
  %7 = icmp eq i8 %6, 42
  br i1 %7, label %15, label %8

8:                                                ; preds = %5
  %9 = load i8, ptr %3, align 1, !tbaa !18
  %10 = icmp eq i8 %9, 42
  %11 = zext i1 %10 to i64
  %12 = getelementptr inbounds i8, ptr %3, i64 %11
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %12) #15
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %37, label %18

15:                                               ; preds = %5
  %16 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %17 = icmp eq ptr %2, %16
  br i1 %17, label %37, label %28

18:                                               ; preds = %8
  %19 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %20 = icmp eq ptr %2, %19
  br i1 %20, label %37, label %21

21:                                               ; preds = %18
  %22 = load i8, ptr %19, align 1, !tbaa !18
  %23 = icmp eq i8 %22, 42
  %24 = zext i1 %23 to i64
  %25 = getelementptr inbounds i8, ptr %19, i64 %24
  %26 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %25) #15
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %37, label %30

28:                                               ; preds = %15
  %29 = icmp eq ptr %2, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %29, label %36, label %37

30:                                               ; preds = %21
  %31 = icmp eq ptr %2, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %31, label %36, label %32

32:                                               ; preds = %30
  %33 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #15
  %34 = freeze i32 %33
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %37

36:                                               ; preds = %30, %28, %32
  br label %37

37:                                               ; preds = %28, %18, %15, %1, %36, %32, %21, %8
  %38 = phi ptr [ @.str.17, %8 ], [ @.str.18, %21 ], [ @.str.19, %36 ], [ @.str.20, %32 ], [ @.str.17, %1 ], [ @.str.18, %15 ], [ @.str.18, %18 ], [ @.str.20, %28 ]
  ret ptr %38
}

declare void @__cxa_bad_cast() local_unnamed_addr

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #5

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare noundef ptr @strstr(ptr noundef, ptr nocapture noundef) local_unnamed_addr #6

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #7 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #15
  tail call void @_ZSt9terminatev() #18
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #8 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #8 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !10
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
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #17
  br label %11

11:                                               ; preds = %1, %5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4NodeD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #4 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4LeafD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #8 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #17
  ret void
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #8 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !10
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
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #17
  br label %11

11:                                               ; preds = %1, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #17
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #8 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK5Fancy3mixEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat align 2 {
  ret i32 30
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD1Ev(ptr noundef %0) unnamed_addr #10 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD0Ev(ptr noundef %0) unnamed_addr #10 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 -16
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 24) #17
  ret void
}

; Function Attrs: uwtable
define linkonce_odr dso_local noundef i32 @_ZThn16_NK5Fancy3mixEv(ptr noundef %0) unnamed_addr #11 comdat align 2 {
  ret i32 30
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #6

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #13

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #14

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #4 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nosync nounwind memory(none) }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nofree nounwind }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nounwind }
attributes #16 = { noreturn }
attributes #17 = { builtin nounwind }
attributes #18 = { noreturn nounwind }
attributes #19 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 8}
!6 = !{!"_ZTS4Node", !7, i64 8}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"vtable pointer", !9, i64 0}
!12 = !{!13, !7, i64 12}
!13 = !{!"_ZTS4Leaf", !6, i64 0, !7, i64 12}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !8, i64 0}
!16 = !{!17, !15, i64 8}
!17 = !{!"_ZTSSt9type_info", !15, i64 8}
!18 = !{!8, !8, i64 0}
!19 = !{!20, !15, i64 0}
!20 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !15, i64 0}
!21 = !{!22, !23, i64 8}
!22 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !20, i64 0, !23, i64 8, !8, i64 16}
!23 = !{!"long", !8, i64 0}
!24 = !{!22, !15, i64 0}
!25 = !{!26, !15, i64 0}
!26 = !{!"_ZTSNSt12_Vector_baseIP4NodeSaIS1_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!27 = !{!26, !15, i64 16}
