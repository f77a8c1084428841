; ModuleID = 'iostreams.cpp'
source_filename = "iostreams.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::ios_base::Init" = type { i8 }
%"class.std::basic_ostream" = type { ptr, %"class.std::basic_ios" }
%"class.std::basic_ios" = type { %"class.std::ios_base", ptr, i8, i8, ptr, ptr, ptr, ptr }
%"class.std::ios_base" = type { ptr, i64, i64, i32, i32, i32, ptr, %"struct.std::ios_base::_Words", [8 x %"struct.std::ios_base::_Words"], i32, ptr, %"class.std::locale" }
%"struct.std::ios_base::_Words" = type { ptr, i64 }
%"class.std::locale" = type { ptr }
%struct.Point = type { i32, i32 }
%"class.std::__cxx11::basic_ostringstream" = type { %"class.std::basic_ostream.base", %"class.std::__cxx11::basic_stringbuf", %"class.std::basic_ios" }
%"class.std::basic_ostream.base" = type { ptr }
%"class.std::__cxx11::basic_stringbuf" = type { %"class.std::basic_streambuf", i32, %"class.std::__cxx11::basic_string" }
%"class.std::basic_streambuf" = type { ptr, ptr, ptr, ptr, ptr, ptr, ptr, %"class.std::locale" }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::__cxx11::basic_istringstream" = type { %"class.std::basic_istream.base", %"class.std::__cxx11::basic_stringbuf", %"class.std::basic_ios" }
%"class.std::basic_istream.base" = type { ptr, i64 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::__cxx11::basic_stringstream" = type { %"class.std::basic_iostream.base", %"class.std::__cxx11::basic_stringbuf", %"class.std::basic_ios" }
%"class.std::basic_iostream.base" = type { %"class.std::basic_istream.base", %"class.std::basic_ostream.base" }

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_ = comdat any

@_ZStL8__ioinit = internal global %"class.std::ios_base::Init" zeroinitializer, align 1
@__dso_handle = external hidden global i8
@.str = private unnamed_addr constant [3 x i8] c", \00", align 1
@_ZSt4cout = external global %"class.std::basic_ostream", align 8
@.str.1 = private unnamed_addr constant [20 x i8] c"hello from iostream\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.3 = private unnamed_addr constant [5 x i8] c"left\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"point \00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c",\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"joined: \00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c" (\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c" chars)\0A\00", align 1
@.str.10 = private unnamed_addr constant [45 x i8] c"alpha 12 3.5\0Abeta 7 -1.25\0Agamma x 0\0A(10, 20)\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c": \00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c" * \00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c" = \00", align 1
@.str.14 = private unnamed_addr constant [21 x i8] c": parse error (fail=\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c")\0A\00", align 1
@.str.16 = private unnamed_addr constant [12 x i8] c"read point \00", align 1
@.str.17 = private unnamed_addr constant [8 x i8] c", good \00", align 1
@.str.18 = private unnamed_addr constant [7 x i8] c", eof \00", align 1
@.str.19 = private unnamed_addr constant [41 x i8] c"  several   words\09separated by   spaces \00", align 1
@.str.20 = private unnamed_addr constant [15 x i8] c" words, last '\00", align 1
@.str.21 = private unnamed_addr constant [3 x i8] c"'\0A\00", align 1
@.str.22 = private unnamed_addr constant [12 x i8] c"round trip \00", align 1
@_ZSt4cerr = external global %"class.std::basic_ostream", align 8
@.str.23 = private unnamed_addr constant [41 x i8] c"this goes to stderr and is not compared\0A\00", align 1
@_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [4 x ptr], align 8
@_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant { [16 x ptr] }, align 8
@_ZTVSt15basic_streambufIcSt11char_traitsIcEE = external unnamed_addr constant { [16 x ptr] }, align 8
@_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [4 x ptr], align 8
@.str.27 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [10 x ptr], align 8
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_iostreams.cpp, ptr null }]
@str = private unnamed_addr constant [18 x i8] c"printf in between\00", align 1

declare void @_ZNSt8ios_base4InitC1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #0

; Function Attrs: nounwind
declare void @_ZNSt8ios_base4InitD1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #1

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #2

; Function Attrs: mustprogress uwtable
define dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(8) %1) local_unnamed_addr #3 {
  %3 = alloca i8, align 4
  %4 = alloca i8, align 4
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4)
  store i8 40, ptr %4, align 4, !tbaa !6
  %5 = load ptr, ptr %0, align 8, !tbaa !9
  %6 = getelementptr i8, ptr %5, i64 -24
  %7 = load i64, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 %7
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !11
  %11 = icmp eq i64 %10, 0
  br i1 %11, label %14, label %12

12:                                               ; preds = %2
  %13 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull %4, i64 noundef 1)
  br label %16

14:                                               ; preds = %2
  %15 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %0, i8 noundef 40)
  br label %16

16:                                               ; preds = %12, %14
  %17 = phi ptr [ %13, %12 ], [ %0, %14 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4)
  %18 = load i32, ptr %1, align 4, !tbaa !20
  %19 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %17, i32 noundef %18)
  %20 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %19, ptr noundef nonnull @.str, i64 noundef 2)
  %21 = getelementptr inbounds i8, ptr %1, i64 4
  %22 = load i32, ptr %21, align 4, !tbaa !22
  %23 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %19, i32 noundef %22)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3)
  store i8 41, ptr %3, align 4, !tbaa !6
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = getelementptr i8, ptr %24, i64 -24
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %23, i64 %26
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  %29 = load i64, ptr %28, align 8, !tbaa !11
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %33, label %31

31:                                               ; preds = %16
  %32 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %23, ptr noundef nonnull %3, i64 noundef 1)
  br label %35

33:                                               ; preds = %16
  %34 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %23, i8 noundef 41)
  br label %35

35:                                               ; preds = %31, %33
  %36 = phi ptr [ %32, %31 ], [ %23, %33 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3)
  ret ptr %36
}

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8), i32 noundef) local_unnamed_addr #0

; Function Attrs: mustprogress uwtable
define dso_local noundef nonnull align 8 dereferenceable(16) ptr @_ZrsRSiR5Point(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 4 dereferenceable(8) %1) local_unnamed_addr #3 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5) #17
  %6 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 1 dereferenceable(1) %3)
  %7 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 4 dereferenceable(4) %1)
  %8 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 1 dereferenceable(1) %4)
  %9 = getelementptr inbounds i8, ptr %1, i64 4
  %10 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %8, ptr noundef nonnull align 4 dereferenceable(4) %9)
  %11 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %10, ptr noundef nonnull align 1 dereferenceable(1) %5)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3) #17
  ret ptr %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 1 dereferenceable(1)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 4 dereferenceable(4)) local_unnamed_addr #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 personality ptr @__gxx_personality_v0 {
  %1 = alloca i8, align 4
  %2 = alloca i8, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 4
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca i8, align 4
  %10 = alloca i64, align 8
  %11 = alloca i8, align 4
  %12 = alloca i8, align 4
  %13 = alloca i8, align 4
  %14 = alloca i8, align 4
  %15 = alloca i8, align 4
  %16 = alloca i8, align 4
  %17 = alloca i8, align 4
  %18 = alloca i8, align 4
  %19 = alloca i8, align 4
  %20 = alloca i8, align 4
  %21 = alloca i8, align 4
  %22 = alloca i8, align 4
  %23 = alloca i8, align 4
  %24 = alloca %struct.Point, align 8
  %25 = alloca %"class.std::__cxx11::basic_ostringstream", align 8
  %26 = alloca %"class.std::__cxx11::basic_string", align 8
  %27 = alloca %"class.std::__cxx11::basic_istringstream", align 8
  %28 = alloca %"class.std::__cxx11::basic_string", align 8
  %29 = alloca %"class.std::__cxx11::basic_string", align 8
  %30 = alloca %"class.std::__cxx11::basic_istringstream", align 8
  %31 = alloca %"class.std::__cxx11::basic_string", align 8
  %32 = alloca i32, align 4
  %33 = alloca double, align 8
  %34 = alloca %struct.Point, align 8
  %35 = alloca %"class.std::vector", align 8
  %36 = alloca %"class.std::__cxx11::basic_istringstream", align 8
  %37 = alloca %"class.std::__cxx11::basic_string", align 8
  %38 = alloca %"class.std::__cxx11::basic_string", align 8
  %39 = alloca %"class.std::__cxx11::basic_stringstream", align 8
  %40 = alloca i32, align 4
  %41 = alloca double, align 8
  %42 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.1, i64 noundef 19)
  %43 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %44 = getelementptr i8, ptr %43, i64 -24
  %45 = load i64, ptr %44, align 8
  %46 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %45
  %47 = getelementptr inbounds i8, ptr %46, i64 240
  %48 = load ptr, ptr %47, align 8, !tbaa !23
  %49 = icmp eq ptr %48, null
  br i1 %49, label %50, label %51

50:                                               ; preds = %0
  tail call void @_ZSt16__throw_bad_castv() #18
  unreachable

51:                                               ; preds = %0
  %52 = getelementptr inbounds i8, ptr %48, i64 56
  %53 = load i8, ptr %52, align 8, !tbaa !26
  %54 = icmp eq i8 %53, 0
  br i1 %54, label %58, label %55

55:                                               ; preds = %51
  %56 = getelementptr inbounds i8, ptr %48, i64 67
  %57 = load i8, ptr %56, align 1, !tbaa !6
  br label %63

58:                                               ; preds = %51
  tail call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %48)
  %59 = load ptr, ptr %48, align 8, !tbaa !9
  %60 = getelementptr inbounds i8, ptr %59, i64 48
  %61 = load ptr, ptr %60, align 8
  %62 = tail call noundef i8 %61(ptr noundef nonnull align 8 dereferenceable(570) %48, i8 noundef 10)
  br label %63

63:                                               ; preds = %55, %58
  %64 = phi i8 [ %57, %55 ], [ %62, %58 ]
  %65 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i8 noundef %64)
  %66 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8) %65)
  %67 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %68 = load ptr, ptr @stdout, align 8, !tbaa !29
  %69 = tail call i32 @fflush(ptr noundef %68)
  %70 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %71 = getelementptr i8, ptr %70, i64 -24
  %72 = load i64, ptr %71, align 8
  %73 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %72
  %74 = getelementptr inbounds i8, ptr %73, i64 16
  store i64 8, ptr %74, align 8, !tbaa !11
  %75 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef 42)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %23)
  store i8 124, ptr %23, align 4, !tbaa !6
  %76 = load ptr, ptr %75, align 8, !tbaa !9
  %77 = getelementptr i8, ptr %76, i64 -24
  %78 = load i64, ptr %77, align 8
  %79 = getelementptr inbounds i8, ptr %75, i64 %78
  %80 = getelementptr inbounds i8, ptr %79, i64 16
  %81 = load i64, ptr %80, align 8, !tbaa !11
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %85, label %83

83:                                               ; preds = %63
  %84 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %75, ptr noundef nonnull %23, i64 noundef 1)
  br label %87

85:                                               ; preds = %63
  %86 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %75, i8 noundef 124)
  br label %87

87:                                               ; preds = %83, %85
  %88 = phi ptr [ %84, %83 ], [ %75, %85 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %23)
  %89 = load ptr, ptr %88, align 8, !tbaa !9
  %90 = getelementptr i8, ptr %89, i64 -24
  %91 = load i64, ptr %90, align 8
  %92 = getelementptr inbounds i8, ptr %88, i64 %91
  %93 = getelementptr inbounds i8, ptr %92, i64 24
  %94 = load i32, ptr %93, align 8, !tbaa !30
  %95 = and i32 %94, -177
  %96 = or disjoint i32 %95, 32
  store i32 %96, ptr %93, align 4, !tbaa !30
  %97 = load i64, ptr %90, align 8
  %98 = getelementptr inbounds i8, ptr %88, i64 %97
  %99 = getelementptr inbounds i8, ptr %98, i64 16
  store i64 8, ptr %99, align 8, !tbaa !11
  %100 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %88, ptr noundef nonnull @.str.3, i64 noundef 4)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %22)
  store i8 124, ptr %22, align 4, !tbaa !6
  %101 = load ptr, ptr %88, align 8, !tbaa !9
  %102 = getelementptr i8, ptr %101, i64 -24
  %103 = load i64, ptr %102, align 8
  %104 = getelementptr inbounds i8, ptr %88, i64 %103
  %105 = getelementptr inbounds i8, ptr %104, i64 16
  %106 = load i64, ptr %105, align 8, !tbaa !11
  %107 = icmp eq i64 %106, 0
  br i1 %107, label %110, label %108

108:                                              ; preds = %87
  %109 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %88, ptr noundef nonnull %22, i64 noundef 1)
  br label %112

110:                                              ; preds = %87
  %111 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %88, i8 noundef 124)
  br label %112

112:                                              ; preds = %108, %110
  %113 = phi ptr [ %109, %108 ], [ %88, %110 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22)
  %114 = load ptr, ptr %113, align 8, !tbaa !9
  %115 = getelementptr i8, ptr %114, i64 -24
  %116 = load i64, ptr %115, align 8
  %117 = getelementptr inbounds i8, ptr %113, i64 %116
  %118 = getelementptr inbounds i8, ptr %117, i64 24
  %119 = load i32, ptr %118, align 8, !tbaa !30
  %120 = and i32 %119, -177
  %121 = or disjoint i32 %120, 128
  store i32 %121, ptr %118, align 4, !tbaa !30
  %122 = load i64, ptr %115, align 8
  %123 = getelementptr inbounds i8, ptr %113, i64 %122
  %124 = getelementptr inbounds i8, ptr %123, i64 225
  %125 = load i8, ptr %124, align 1, !tbaa !31, !range !32, !noundef !33
  %126 = trunc nuw i8 %125 to i1
  br i1 %126, label %144, label %127

127:                                              ; preds = %112
  %128 = getelementptr inbounds i8, ptr %123, i64 240
  %129 = load ptr, ptr %128, align 8, !tbaa !23
  %130 = icmp eq ptr %129, null
  br i1 %130, label %131, label %132

131:                                              ; preds = %127
  call void @_ZSt16__throw_bad_castv() #18
  unreachable

132:                                              ; preds = %127
  %133 = getelementptr inbounds i8, ptr %129, i64 56
  %134 = load i8, ptr %133, align 8, !tbaa !26
  %135 = icmp eq i8 %134, 0
  br i1 %135, label %136, label %142

136:                                              ; preds = %132
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %129)
  %137 = load ptr, ptr %129, align 8, !tbaa !9
  %138 = getelementptr inbounds i8, ptr %137, i64 48
  %139 = load ptr, ptr %138, align 8
  %140 = call noundef i8 %139(ptr noundef nonnull align 8 dereferenceable(570) %129, i8 noundef 32)
  %141 = load ptr, ptr %113, align 8, !tbaa !9
  br label %142

142:                                              ; preds = %136, %132
  %143 = phi ptr [ %141, %136 ], [ %114, %132 ]
  store i8 1, ptr %124, align 1, !tbaa !31
  br label %144

144:                                              ; preds = %112, %142
  %145 = phi ptr [ %114, %112 ], [ %143, %142 ]
  %146 = getelementptr inbounds i8, ptr %123, i64 224
  store i8 42, ptr %146, align 8, !tbaa !34
  %147 = getelementptr i8, ptr %145, i64 -24
  %148 = load i64, ptr %147, align 8
  %149 = getelementptr inbounds i8, ptr %113, i64 %148
  %150 = getelementptr inbounds i8, ptr %149, i64 16
  store i64 6, ptr %150, align 8, !tbaa !11
  %151 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %113, i32 noundef 7)
  %152 = load ptr, ptr %151, align 8, !tbaa !9
  %153 = getelementptr i8, ptr %152, i64 -24
  %154 = load i64, ptr %153, align 8
  %155 = getelementptr inbounds i8, ptr %151, i64 %154
  %156 = getelementptr inbounds i8, ptr %155, i64 225
  %157 = load i8, ptr %156, align 1, !tbaa !31, !range !32, !noundef !33
  %158 = trunc nuw i8 %157 to i1
  br i1 %158, label %176, label %159

159:                                              ; preds = %144
  %160 = getelementptr inbounds i8, ptr %155, i64 240
  %161 = load ptr, ptr %160, align 8, !tbaa !23
  %162 = icmp eq ptr %161, null
  br i1 %162, label %163, label %164

163:                                              ; preds = %159
  call void @_ZSt16__throw_bad_castv() #18
  unreachable

164:                                              ; preds = %159
  %165 = getelementptr inbounds i8, ptr %161, i64 56
  %166 = load i8, ptr %165, align 8, !tbaa !26
  %167 = icmp eq i8 %166, 0
  br i1 %167, label %168, label %174

168:                                              ; preds = %164
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %161)
  %169 = load ptr, ptr %161, align 8, !tbaa !9
  %170 = getelementptr inbounds i8, ptr %169, i64 48
  %171 = load ptr, ptr %170, align 8
  %172 = call noundef i8 %171(ptr noundef nonnull align 8 dereferenceable(570) %161, i8 noundef 32)
  %173 = load ptr, ptr %151, align 8, !tbaa !9
  br label %174

174:                                              ; preds = %168, %164
  %175 = phi ptr [ %173, %168 ], [ %152, %164 ]
  store i8 1, ptr %156, align 1, !tbaa !31
  br label %176

176:                                              ; preds = %144, %174
  %177 = phi ptr [ %152, %144 ], [ %175, %174 ]
  %178 = getelementptr inbounds i8, ptr %155, i64 224
  store i8 32, ptr %178, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %21)
  store i8 10, ptr %21, align 4, !tbaa !6
  %179 = getelementptr i8, ptr %177, i64 -24
  %180 = load i64, ptr %179, align 8
  %181 = getelementptr inbounds i8, ptr %151, i64 %180
  %182 = getelementptr inbounds i8, ptr %181, i64 16
  %183 = load i64, ptr %182, align 8, !tbaa !11
  %184 = icmp eq i64 %183, 0
  br i1 %184, label %187, label %185

185:                                              ; preds = %176
  %186 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %151, ptr noundef nonnull %21, i64 noundef 1)
  br label %189

187:                                              ; preds = %176
  %188 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %151, i8 noundef 10)
  br label %189

189:                                              ; preds = %185, %187
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %21)
  %190 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %191 = getelementptr i8, ptr %190, i64 -24
  %192 = load i64, ptr %191, align 8
  %193 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %192
  %194 = getelementptr inbounds i8, ptr %193, i64 24
  %195 = load i32, ptr %194, align 8, !tbaa !30
  %196 = and i32 %195, -261
  %197 = or disjoint i32 %196, 4
  store i32 %197, ptr %194, align 4, !tbaa !30
  %198 = load i64, ptr %191, align 8
  %199 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %198
  %200 = getelementptr inbounds i8, ptr %199, i64 8
  store i64 3, ptr %200, align 8, !tbaa !35
  %201 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, double noundef 0x400921FB53C8D4F1)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %20)
  store i8 32, ptr %20, align 4, !tbaa !6
  %202 = load ptr, ptr %201, align 8, !tbaa !9
  %203 = getelementptr i8, ptr %202, i64 -24
  %204 = load i64, ptr %203, align 8
  %205 = getelementptr inbounds i8, ptr %201, i64 %204
  %206 = getelementptr inbounds i8, ptr %205, i64 16
  %207 = load i64, ptr %206, align 8, !tbaa !11
  %208 = icmp eq i64 %207, 0
  br i1 %208, label %211, label %209

209:                                              ; preds = %189
  %210 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %201, ptr noundef nonnull %20, i64 noundef 1)
  br label %213

211:                                              ; preds = %189
  %212 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %201, i8 noundef 32)
  br label %213

213:                                              ; preds = %209, %211
  %214 = phi ptr [ %210, %209 ], [ %201, %211 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %20)
  %215 = load ptr, ptr %214, align 8, !tbaa !9
  %216 = getelementptr i8, ptr %215, i64 -24
  %217 = load i64, ptr %216, align 8
  %218 = getelementptr inbounds i8, ptr %214, i64 %217
  %219 = getelementptr inbounds i8, ptr %218, i64 24
  %220 = load i32, ptr %219, align 8, !tbaa !30
  %221 = and i32 %220, -261
  %222 = or disjoint i32 %221, 256
  store i32 %222, ptr %219, align 4, !tbaa !30
  %223 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %214, double noundef 0x40C81CD6C8B43958)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %19)
  store i8 32, ptr %19, align 4, !tbaa !6
  %224 = load ptr, ptr %223, align 8, !tbaa !9
  %225 = getelementptr i8, ptr %224, i64 -24
  %226 = load i64, ptr %225, align 8
  %227 = getelementptr inbounds i8, ptr %223, i64 %226
  %228 = getelementptr inbounds i8, ptr %227, i64 16
  %229 = load i64, ptr %228, align 8, !tbaa !11
  %230 = icmp eq i64 %229, 0
  br i1 %230, label %233, label %231

231:                                              ; preds = %213
  %232 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %223, ptr noundef nonnull %19, i64 noundef 1)
  br label %235

233:                                              ; preds = %213
  %234 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %223, i8 noundef 32)
  br label %235

235:                                              ; preds = %231, %233
  %236 = phi ptr [ %232, %231 ], [ %223, %233 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %19)
  %237 = load ptr, ptr %236, align 8, !tbaa !9
  %238 = getelementptr i8, ptr %237, i64 -24
  %239 = load i64, ptr %238, align 8
  %240 = getelementptr inbounds i8, ptr %236, i64 %239
  %241 = getelementptr inbounds i8, ptr %240, i64 24
  %242 = load i32, ptr %241, align 4, !tbaa !30
  %243 = and i32 %242, -261
  store i32 %243, ptr %241, align 4, !tbaa !30
  %244 = load i64, ptr %238, align 8
  %245 = getelementptr inbounds i8, ptr %236, i64 %244
  %246 = getelementptr inbounds i8, ptr %245, i64 8
  store i64 6, ptr %246, align 8, !tbaa !35
  %247 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %236, double noundef 1.000000e-01)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %18)
  store i8 10, ptr %18, align 4, !tbaa !6
  %248 = load ptr, ptr %247, align 8, !tbaa !9
  %249 = getelementptr i8, ptr %248, i64 -24
  %250 = load i64, ptr %249, align 8
  %251 = getelementptr inbounds i8, ptr %247, i64 %250
  %252 = getelementptr inbounds i8, ptr %251, i64 16
  %253 = load i64, ptr %252, align 8, !tbaa !11
  %254 = icmp eq i64 %253, 0
  br i1 %254, label %257, label %255

255:                                              ; preds = %235
  %256 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %247, ptr noundef nonnull %18, i64 noundef 1)
  br label %259

257:                                              ; preds = %235
  %258 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %247, i8 noundef 10)
  br label %259

259:                                              ; preds = %255, %257
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %18)
  %260 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %261 = getelementptr i8, ptr %260, i64 -24
  %262 = load i64, ptr %261, align 8
  %263 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %262
  %264 = getelementptr inbounds i8, ptr %263, i64 24
  %265 = load i32, ptr %264, align 8, !tbaa !30
  %266 = and i32 %265, -75
  %267 = or disjoint i32 %266, 8
  store i32 %267, ptr %264, align 4, !tbaa !30
  %268 = load i64, ptr %261, align 8
  %269 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %268
  %270 = getelementptr inbounds i8, ptr %269, i64 24
  %271 = load i32, ptr %270, align 8, !tbaa !30
  %272 = or i32 %271, 512
  store i32 %272, ptr %270, align 4, !tbaa !30
  %273 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef 255)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %17)
  store i8 32, ptr %17, align 4, !tbaa !6
  %274 = load ptr, ptr %273, align 8, !tbaa !9
  %275 = getelementptr i8, ptr %274, i64 -24
  %276 = load i64, ptr %275, align 8
  %277 = getelementptr inbounds i8, ptr %273, i64 %276
  %278 = getelementptr inbounds i8, ptr %277, i64 16
  %279 = load i64, ptr %278, align 8, !tbaa !11
  %280 = icmp eq i64 %279, 0
  br i1 %280, label %283, label %281

281:                                              ; preds = %259
  %282 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %273, ptr noundef nonnull %17, i64 noundef 1)
  br label %285

283:                                              ; preds = %259
  %284 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %273, i8 noundef 32)
  br label %285

285:                                              ; preds = %281, %283
  %286 = phi ptr [ %282, %281 ], [ %273, %283 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %17)
  %287 = load ptr, ptr %286, align 8, !tbaa !9
  %288 = getelementptr i8, ptr %287, i64 -24
  %289 = load i64, ptr %288, align 8
  %290 = getelementptr inbounds i8, ptr %286, i64 %289
  %291 = getelementptr inbounds i8, ptr %290, i64 24
  %292 = load i32, ptr %291, align 8, !tbaa !30
  %293 = and i32 %292, -75
  %294 = or disjoint i32 %293, 64
  store i32 %294, ptr %291, align 4, !tbaa !30
  %295 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %286, i32 noundef 8)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %16)
  store i8 32, ptr %16, align 4, !tbaa !6
  %296 = load ptr, ptr %295, align 8, !tbaa !9
  %297 = getelementptr i8, ptr %296, i64 -24
  %298 = load i64, ptr %297, align 8
  %299 = getelementptr inbounds i8, ptr %295, i64 %298
  %300 = getelementptr inbounds i8, ptr %299, i64 16
  %301 = load i64, ptr %300, align 8, !tbaa !11
  %302 = icmp eq i64 %301, 0
  br i1 %302, label %305, label %303

303:                                              ; preds = %285
  %304 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %295, ptr noundef nonnull %16, i64 noundef 1)
  br label %307

305:                                              ; preds = %285
  %306 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %295, i8 noundef 32)
  br label %307

307:                                              ; preds = %303, %305
  %308 = phi ptr [ %304, %303 ], [ %295, %305 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %16)
  %309 = load ptr, ptr %308, align 8, !tbaa !9
  %310 = getelementptr i8, ptr %309, i64 -24
  %311 = load i64, ptr %310, align 8
  %312 = getelementptr inbounds i8, ptr %308, i64 %311
  %313 = getelementptr inbounds i8, ptr %312, i64 24
  %314 = load i32, ptr %313, align 8, !tbaa !30
  %315 = and i32 %314, -75
  %316 = or disjoint i32 %315, 2
  store i32 %316, ptr %313, align 4, !tbaa !30
  %317 = load i64, ptr %310, align 8
  %318 = getelementptr inbounds i8, ptr %308, i64 %317
  %319 = getelementptr inbounds i8, ptr %318, i64 24
  %320 = load i32, ptr %319, align 4, !tbaa !30
  %321 = and i32 %320, -513
  store i32 %321, ptr %319, align 4, !tbaa !30
  %322 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %308, i32 noundef 255)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %15)
  store i8 32, ptr %15, align 4, !tbaa !6
  %323 = load ptr, ptr %322, align 8, !tbaa !9
  %324 = getelementptr i8, ptr %323, i64 -24
  %325 = load i64, ptr %324, align 8
  %326 = getelementptr inbounds i8, ptr %322, i64 %325
  %327 = getelementptr inbounds i8, ptr %326, i64 16
  %328 = load i64, ptr %327, align 8, !tbaa !11
  %329 = icmp eq i64 %328, 0
  br i1 %329, label %332, label %330

330:                                              ; preds = %307
  %331 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %322, ptr noundef nonnull %15, i64 noundef 1)
  br label %334

332:                                              ; preds = %307
  %333 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %322, i8 noundef 32)
  br label %334

334:                                              ; preds = %330, %332
  %335 = phi ptr [ %331, %330 ], [ %322, %332 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %15)
  %336 = load ptr, ptr %335, align 8, !tbaa !9
  %337 = getelementptr i8, ptr %336, i64 -24
  %338 = load i64, ptr %337, align 8
  %339 = getelementptr inbounds i8, ptr %335, i64 %338
  %340 = getelementptr inbounds i8, ptr %339, i64 24
  %341 = load i32, ptr %340, align 8, !tbaa !30
  %342 = or i32 %341, 1
  store i32 %342, ptr %340, align 4, !tbaa !30
  %343 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %335, i1 noundef true)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %14)
  store i8 32, ptr %14, align 4, !tbaa !6
  %344 = load ptr, ptr %343, align 8, !tbaa !9
  %345 = getelementptr i8, ptr %344, i64 -24
  %346 = load i64, ptr %345, align 8
  %347 = getelementptr inbounds i8, ptr %343, i64 %346
  %348 = getelementptr inbounds i8, ptr %347, i64 16
  %349 = load i64, ptr %348, align 8, !tbaa !11
  %350 = icmp eq i64 %349, 0
  br i1 %350, label %353, label %351

351:                                              ; preds = %334
  %352 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %343, ptr noundef nonnull %14, i64 noundef 1)
  br label %355

353:                                              ; preds = %334
  %354 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %343, i8 noundef 32)
  br label %355

355:                                              ; preds = %351, %353
  %356 = phi ptr [ %352, %351 ], [ %343, %353 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %14)
  %357 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %356, i1 noundef false)
  %358 = load ptr, ptr %357, align 8, !tbaa !9
  %359 = getelementptr i8, ptr %358, i64 -24
  %360 = load i64, ptr %359, align 8
  %361 = getelementptr inbounds i8, ptr %357, i64 %360
  %362 = getelementptr inbounds i8, ptr %361, i64 24
  %363 = load i32, ptr %362, align 4, !tbaa !30
  %364 = and i32 %363, -2
  store i32 %364, ptr %362, align 4, !tbaa !30
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %13)
  store i8 32, ptr %13, align 4, !tbaa !6
  %365 = load i64, ptr %359, align 8
  %366 = getelementptr inbounds i8, ptr %357, i64 %365
  %367 = getelementptr inbounds i8, ptr %366, i64 16
  %368 = load i64, ptr %367, align 8, !tbaa !11
  %369 = icmp eq i64 %368, 0
  br i1 %369, label %372, label %370

370:                                              ; preds = %355
  %371 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %357, ptr noundef nonnull %13, i64 noundef 1)
  br label %374

372:                                              ; preds = %355
  %373 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %357, i8 noundef 32)
  br label %374

374:                                              ; preds = %370, %372
  %375 = phi ptr [ %371, %370 ], [ %357, %372 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13)
  %376 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %375, i1 noundef true)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %12)
  store i8 10, ptr %12, align 4, !tbaa !6
  %377 = load ptr, ptr %376, align 8, !tbaa !9
  %378 = getelementptr i8, ptr %377, i64 -24
  %379 = load i64, ptr %378, align 8
  %380 = getelementptr inbounds i8, ptr %376, i64 %379
  %381 = getelementptr inbounds i8, ptr %380, i64 16
  %382 = load i64, ptr %381, align 8, !tbaa !11
  %383 = icmp eq i64 %382, 0
  br i1 %383, label %386, label %384

384:                                              ; preds = %374
  %385 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %376, ptr noundef nonnull %12, i64 noundef 1)
  br label %388

386:                                              ; preds = %374
  %387 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %376, i8 noundef 10)
  br label %388

388:                                              ; preds = %384, %386
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %12)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %24) #17
  store i64 -17179869181, ptr %24, align 8
  %389 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.4, i64 noundef 6)
  %390 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull align 4 dereferenceable(8) %24)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %11)
  store i8 10, ptr %11, align 4, !tbaa !6
  %391 = load ptr, ptr %390, align 8, !tbaa !9
  %392 = getelementptr i8, ptr %391, i64 -24
  %393 = load i64, ptr %392, align 8
  %394 = getelementptr inbounds i8, ptr %390, i64 %393
  %395 = getelementptr inbounds i8, ptr %394, i64 16
  %396 = load i64, ptr %395, align 8, !tbaa !11
  %397 = icmp eq i64 %396, 0
  br i1 %397, label %400, label %398

398:                                              ; preds = %388
  %399 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %390, ptr noundef nonnull %11, i64 noundef 1)
  br label %402

400:                                              ; preds = %388
  %401 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %390, i8 noundef 10)
  br label %402

402:                                              ; preds = %398, %400
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %11)
  call void @llvm.lifetime.start.p0(i64 376, ptr nonnull %25) #17
  call void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(112) %25)
  %403 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.6, i64 noundef 0)
          to label %417 unwind label %447

404:                                              ; preds = %435
  %405 = getelementptr inbounds i8, ptr %25, i64 40
  %406 = load ptr, ptr %405, align 8, !tbaa !36, !noalias !38
  %407 = ptrtoint ptr %444 to i64
  %408 = ptrtoint ptr %406 to i64
  %409 = sub i64 %407, %408
  %410 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %26, i64 noundef 0, i64 noundef 0, ptr noundef %406, i64 noundef %409)
          to label %449 unwind label %411

411:                                              ; preds = %415, %404
  %412 = landingpad { ptr, i32 }
          cleanup
  %413 = load ptr, ptr %26, align 8, !tbaa !43, !alias.scope !38
  %414 = icmp eq ptr %413, %436
  br i1 %414, label %1016, label %1011

415:                                              ; preds = %435
  %416 = getelementptr inbounds i8, ptr %25, i64 80
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_assignERKS4_(ptr noundef nonnull align 8 dereferenceable(32) %26, ptr noundef nonnull align 8 dereferenceable(32) %416)
          to label %449 unwind label %411

417:                                              ; preds = %402
  %418 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 0)
          to label %419 unwind label %447

419:                                              ; preds = %417
  %420 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %421 unwind label %447

421:                                              ; preds = %419
  %422 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 1)
          to label %423 unwind label %447

423:                                              ; preds = %421
  %424 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %425 unwind label %447

425:                                              ; preds = %423
  %426 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 4)
          to label %427 unwind label %447

427:                                              ; preds = %425
  %428 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %429 unwind label %447

429:                                              ; preds = %427
  %430 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 9)
          to label %431 unwind label %447

431:                                              ; preds = %429
  %432 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %433 unwind label %447

433:                                              ; preds = %431
  %434 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 16)
          to label %435 unwind label %447

435:                                              ; preds = %433
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %26) #17
  call void @llvm.experimental.noalias.scope.decl(metadata !46)
  call void @llvm.experimental.noalias.scope.decl(metadata !47)
  %436 = getelementptr inbounds i8, ptr %26, i64 16
  store ptr %436, ptr %26, align 8, !tbaa !48, !alias.scope !38
  %437 = getelementptr inbounds i8, ptr %26, i64 8
  store i64 0, ptr %437, align 8, !tbaa !49, !alias.scope !38
  store i8 0, ptr %436, align 8, !tbaa !6, !alias.scope !38
  %438 = getelementptr inbounds i8, ptr %25, i64 48
  %439 = load ptr, ptr %438, align 8, !tbaa !50, !noalias !38
  %440 = icmp eq ptr %439, null
  %441 = getelementptr inbounds i8, ptr %25, i64 32
  %442 = load ptr, ptr %441, align 8, !noalias !38
  %443 = icmp ugt ptr %439, %442
  %444 = select i1 %443, ptr %439, ptr %442
  %445 = icmp eq ptr %444, null
  %446 = select i1 %440, i1 true, i1 %445
  br i1 %446, label %415, label %404

447:                                              ; preds = %433, %431, %429, %427, %425, %423, %421, %419, %402, %417
  %448 = landingpad { ptr, i32 }
          cleanup
  br label %1018

449:                                              ; preds = %415, %404
  %450 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.7, i64 noundef 8)
          to label %451 unwind label %580

451:                                              ; preds = %449
  %452 = load ptr, ptr %26, align 8, !tbaa !43
  %453 = load i64, ptr %437, align 8, !tbaa !49
  %454 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %452, i64 noundef %453)
          to label %455 unwind label %580

455:                                              ; preds = %451
  %456 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %454, ptr noundef nonnull @.str.8, i64 noundef 2)
          to label %457 unwind label %580

457:                                              ; preds = %455
  %458 = load i64, ptr %437, align 8, !tbaa !49
  %459 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %454, i64 noundef %458)
          to label %460 unwind label %580

460:                                              ; preds = %457
  %461 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %459, ptr noundef nonnull @.str.9, i64 noundef 8)
          to label %462 unwind label %580

462:                                              ; preds = %460
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %27) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %28) #17
  %463 = getelementptr inbounds i8, ptr %28, i64 16
  store ptr %463, ptr %28, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #17
  store i64 44, ptr %10, align 8, !tbaa !51
  %464 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %28, ptr noundef nonnull align 8 dereferenceable(8) %10, i64 noundef 0)
          to label %465 unwind label %582

465:                                              ; preds = %462
  store ptr %464, ptr %28, align 8, !tbaa !43
  %466 = load i64, ptr %10, align 8, !tbaa !51
  store i64 %466, ptr %463, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(44) %464, ptr noundef nonnull align 1 dereferenceable(44) @.str.10, i64 44, i1 false)
  %467 = getelementptr inbounds i8, ptr %28, i64 8
  store i64 %466, ptr %467, align 8, !tbaa !49
  %468 = getelementptr inbounds i8, ptr %464, i64 %466
  store i8 0, ptr %468, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #17
  invoke void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120) %27, ptr noundef nonnull align 8 dereferenceable(32) %28, i32 noundef 8)
          to label %469 unwind label %584

469:                                              ; preds = %465
  %470 = load ptr, ptr %28, align 8, !tbaa !43
  %471 = icmp eq ptr %470, %463
  br i1 %471, label %475, label %472

472:                                              ; preds = %469
  %473 = load i64, ptr %463, align 8, !tbaa !6
  %474 = add i64 %473, 1
  call void @_ZdlPvm(ptr noundef %470, i64 noundef %474) #19
  br label %475

475:                                              ; preds = %469, %472
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %28) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %29) #17
  %476 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %476, ptr %29, align 8, !tbaa !48
  %477 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 0, ptr %477, align 8, !tbaa !49
  store i8 0, ptr %476, align 8, !tbaa !6
  %478 = getelementptr inbounds i8, ptr %27, i64 240
  %479 = getelementptr inbounds i8, ptr %30, i64 32
  %480 = getelementptr inbounds i8, ptr %31, i64 16
  %481 = getelementptr inbounds i8, ptr %31, i64 8
  %482 = load ptr, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, align 8
  %483 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %484 = getelementptr i8, ptr %482, i64 -24
  %485 = getelementptr inbounds i8, ptr %30, i64 16
  %486 = getelementptr inbounds i8, ptr %30, i64 88
  %487 = getelementptr inbounds i8, ptr %30, i64 104
  %488 = getelementptr inbounds i8, ptr %30, i64 72
  %489 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 8), align 8
  %490 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  %491 = getelementptr i8, ptr %489, i64 -24
  %492 = getelementptr inbounds i8, ptr %30, i64 8
  %493 = getelementptr inbounds i8, ptr %30, i64 120
  br label %494

494:                                              ; preds = %475, %637
  %495 = phi i32 [ 0, %475 ], [ %623, %637 ]
  %496 = load ptr, ptr %27, align 8, !tbaa !9
  %497 = getelementptr i8, ptr %496, i64 -24
  %498 = load i64, ptr %497, align 8
  %499 = getelementptr i8, ptr %478, i64 %498
  %500 = load ptr, ptr %499, align 8, !tbaa !23
  %501 = icmp eq ptr %500, null
  br i1 %501, label %502, label %504

502:                                              ; preds = %494
  invoke void @_ZSt16__throw_bad_castv() #18
          to label %503 unwind label %595

503:                                              ; preds = %502
  unreachable

504:                                              ; preds = %494
  %505 = getelementptr inbounds i8, ptr %500, i64 56
  %506 = load i8, ptr %505, align 8, !tbaa !26
  %507 = icmp eq i8 %506, 0
  br i1 %507, label %511, label %508

508:                                              ; preds = %504
  %509 = getelementptr inbounds i8, ptr %500, i64 67
  %510 = load i8, ptr %509, align 1, !tbaa !6
  br label %517

511:                                              ; preds = %504
  invoke void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %500)
          to label %512 unwind label %593

512:                                              ; preds = %511
  %513 = load ptr, ptr %500, align 8, !tbaa !9
  %514 = getelementptr inbounds i8, ptr %513, i64 48
  %515 = load ptr, ptr %514, align 8
  %516 = invoke noundef i8 %515(ptr noundef nonnull align 8 dereferenceable(570) %500, i8 noundef 10)
          to label %517 unwind label %593

517:                                              ; preds = %512, %508
  %518 = phi i8 [ %510, %508 ], [ %516, %512 ]
  %519 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZSt7getlineIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EES4_(ptr noundef nonnull align 8 dereferenceable(16) %27, ptr noundef nonnull align 8 dereferenceable(32) %29, i8 noundef %518)
          to label %520 unwind label %593

520:                                              ; preds = %517
  %521 = load ptr, ptr %519, align 8, !tbaa !9
  %522 = getelementptr i8, ptr %521, i64 -24
  %523 = load i64, ptr %522, align 8
  %524 = getelementptr inbounds i8, ptr %519, i64 %523
  %525 = getelementptr inbounds i8, ptr %524, i64 32
  %526 = load i32, ptr %525, align 8, !tbaa !52
  %527 = and i32 %526, 5
  %528 = icmp eq i32 %527, 0
  br i1 %528, label %529, label %643

529:                                              ; preds = %520
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %30) #17
  invoke void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120) %30, ptr noundef nonnull align 8 dereferenceable(32) %29, i32 noundef 8)
          to label %530 unwind label %597

530:                                              ; preds = %529
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %31) #17
  store ptr %480, ptr %31, align 8, !tbaa !48
  store i64 0, ptr %481, align 8, !tbaa !49
  store i8 0, ptr %480, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %32) #17
  store i32 0, ptr %32, align 4, !tbaa !53
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %33) #17
  store double 0.000000e+00, ptr %33, align 8, !tbaa !54
  %531 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %30, ptr noundef nonnull align 8 dereferenceable(32) %31)
          to label %532 unwind label %599

532:                                              ; preds = %530
  %533 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %531, ptr noundef nonnull align 4 dereferenceable(4) %32)
          to label %534 unwind label %599

534:                                              ; preds = %532
  %535 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16) %533, ptr noundef nonnull align 8 dereferenceable(8) %33)
          to label %536 unwind label %599

536:                                              ; preds = %534
  %537 = load ptr, ptr %535, align 8, !tbaa !9
  %538 = getelementptr i8, ptr %537, i64 -24
  %539 = load i64, ptr %538, align 8
  %540 = getelementptr inbounds i8, ptr %535, i64 %539
  %541 = getelementptr inbounds i8, ptr %540, i64 32
  %542 = load i32, ptr %541, align 8, !tbaa !52
  %543 = and i32 %542, 5
  %544 = icmp eq i32 %543, 0
  %545 = load ptr, ptr %31, align 8, !tbaa !43
  %546 = load i64, ptr %481, align 8, !tbaa !49
  br i1 %544, label %547, label %607

547:                                              ; preds = %536
  %548 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %545, i64 noundef %546)
          to label %549 unwind label %599

549:                                              ; preds = %547
  %550 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %548, ptr noundef nonnull @.str.11, i64 noundef 2)
          to label %551 unwind label %599

551:                                              ; preds = %549
  %552 = load i32, ptr %32, align 4, !tbaa !53
  %553 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %548, i32 noundef %552)
          to label %554 unwind label %599

554:                                              ; preds = %551
  %555 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %553, ptr noundef nonnull @.str.12, i64 noundef 3)
          to label %556 unwind label %599

556:                                              ; preds = %554
  %557 = load double, ptr %33, align 8, !tbaa !54
  %558 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %553, double noundef %557)
          to label %559 unwind label %599

559:                                              ; preds = %556
  %560 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %558, ptr noundef nonnull @.str.13, i64 noundef 3)
          to label %561 unwind label %599

561:                                              ; preds = %559
  %562 = load i32, ptr %32, align 4, !tbaa !53
  %563 = sitofp i32 %562 to double
  %564 = load double, ptr %33, align 8, !tbaa !54
  %565 = fmul double %564, %563
  %566 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %558, double noundef %565)
          to label %567 unwind label %599

567:                                              ; preds = %561
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %9)
  store i8 10, ptr %9, align 4, !tbaa !6
  %568 = load ptr, ptr %566, align 8, !tbaa !9
  %569 = getelementptr i8, ptr %568, i64 -24
  %570 = load i64, ptr %569, align 8
  %571 = getelementptr inbounds i8, ptr %566, i64 %570
  %572 = getelementptr inbounds i8, ptr %571, i64 16
  %573 = load i64, ptr %572, align 8, !tbaa !11
  %574 = icmp eq i64 %573, 0
  br i1 %574, label %577, label %575

575:                                              ; preds = %567
  %576 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %566, ptr noundef nonnull %9, i64 noundef 1)
          to label %579 unwind label %599

577:                                              ; preds = %567
  %578 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %566, i8 noundef 10)
          to label %579 unwind label %599

579:                                              ; preds = %577, %575
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %9)
  br label %622

580:                                              ; preds = %460, %457, %455, %451, %449
  %581 = landingpad { ptr, i32 }
          cleanup
  br label %1007

582:                                              ; preds = %462
  %583 = landingpad { ptr, i32 }
          cleanup
  br label %591

584:                                              ; preds = %465
  %585 = landingpad { ptr, i32 }
          cleanup
  %586 = load ptr, ptr %28, align 8, !tbaa !43
  %587 = icmp eq ptr %586, %463
  br i1 %587, label %591, label %588

588:                                              ; preds = %584
  %589 = load i64, ptr %463, align 8, !tbaa !6
  %590 = add i64 %589, 1
  call void @_ZdlPvm(ptr noundef %586, i64 noundef %590) #19
  br label %591

591:                                              ; preds = %588, %584, %582
  %592 = phi { ptr, i32 } [ %583, %582 ], [ %585, %584 ], [ %585, %588 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %28) #17
  br label %1005

593:                                              ; preds = %511, %512, %517
  %594 = landingpad { ptr, i32 }
          cleanup
  br label %997

595:                                              ; preds = %502
  %596 = landingpad { ptr, i32 }
          cleanup
  br label %997

597:                                              ; preds = %529
  %598 = landingpad { ptr, i32 }
          cleanup
  br label %641

599:                                              ; preds = %620, %611, %609, %607, %577, %575, %561, %559, %556, %554, %549, %547, %534, %551, %532, %530
  %600 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %33) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %32) #17
  %601 = load ptr, ptr %31, align 8, !tbaa !43
  %602 = icmp eq ptr %601, %480
  br i1 %602, label %606, label %603

603:                                              ; preds = %599
  %604 = load i64, ptr %480, align 8, !tbaa !6
  %605 = add i64 %604, 1
  call void @_ZdlPvm(ptr noundef %601, i64 noundef %605) #19
  br label %606

606:                                              ; preds = %599, %603
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %31) #17
  call void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120) %30) #17
  br label %641

607:                                              ; preds = %536
  %608 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %545, i64 noundef %546)
          to label %609 unwind label %599

609:                                              ; preds = %607
  %610 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %608, ptr noundef nonnull @.str.14, i64 noundef 20)
          to label %611 unwind label %599

611:                                              ; preds = %609
  %612 = load ptr, ptr %30, align 8, !tbaa !9
  %613 = getelementptr i8, ptr %612, i64 -24
  %614 = load i64, ptr %613, align 8
  %615 = getelementptr i8, ptr %479, i64 %614
  %616 = load i32, ptr %615, align 8, !tbaa !52
  %617 = and i32 %616, 5
  %618 = icmp ne i32 %617, 0
  %619 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %608, i1 noundef %618)
          to label %620 unwind label %599

620:                                              ; preds = %611
  %621 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %619, ptr noundef nonnull @.str.15, i64 noundef 2)
          to label %622 unwind label %599

622:                                              ; preds = %620, %579
  %623 = add nuw nsw i32 %495, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %33) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %32) #17
  %624 = load ptr, ptr %31, align 8, !tbaa !43
  %625 = icmp eq ptr %624, %480
  br i1 %625, label %629, label %626

626:                                              ; preds = %622
  %627 = load i64, ptr %480, align 8, !tbaa !6
  %628 = add i64 %627, 1
  call void @_ZdlPvm(ptr noundef %624, i64 noundef %628) #19
  br label %629

629:                                              ; preds = %622, %626
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %31) #17
  store ptr %482, ptr %30, align 8, !tbaa !9
  %630 = load i64, ptr %484, align 8
  %631 = getelementptr inbounds i8, ptr %30, i64 %630
  store ptr %483, ptr %631, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %485, align 8, !tbaa !9
  %632 = load ptr, ptr %486, align 8, !tbaa !43
  %633 = icmp eq ptr %632, %487
  br i1 %633, label %637, label %634

634:                                              ; preds = %629
  %635 = load i64, ptr %487, align 8, !tbaa !6
  %636 = add i64 %635, 1
  call void @_ZdlPvm(ptr noundef %632, i64 noundef %636) #19
  br label %637

637:                                              ; preds = %629, %634
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %485, align 8, !tbaa !9
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %488) #17
  store ptr %489, ptr %30, align 8, !tbaa !9
  %638 = load i64, ptr %491, align 8
  %639 = getelementptr inbounds i8, ptr %30, i64 %638
  store ptr %490, ptr %639, align 8, !tbaa !9
  store i64 0, ptr %492, align 8, !tbaa !56
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %493) #17
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %30) #17
  %640 = icmp eq i32 %623, 3
  br i1 %640, label %643, label %494, !llvm.loop !58

641:                                              ; preds = %606, %597
  %642 = phi { ptr, i32 } [ %600, %606 ], [ %598, %597 ]
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %30) #17
  br label %997

643:                                              ; preds = %637, %520
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %34) #17
  store i64 0, ptr %34, align 8
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %6) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %7) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %8) #17
  %644 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %27, ptr noundef nonnull align 1 dereferenceable(1) %6)
          to label %645 unwind label %736

645:                                              ; preds = %643
  %646 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %644, ptr noundef nonnull align 4 dereferenceable(4) %34)
          to label %647 unwind label %736

647:                                              ; preds = %645
  %648 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %646, ptr noundef nonnull align 1 dereferenceable(1) %7)
          to label %649 unwind label %736

649:                                              ; preds = %647
  %650 = getelementptr inbounds i8, ptr %34, i64 4
  %651 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %648, ptr noundef nonnull align 4 dereferenceable(4) %650)
          to label %652 unwind label %736

652:                                              ; preds = %649
  %653 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %651, ptr noundef nonnull align 1 dereferenceable(1) %8)
          to label %654 unwind label %736

654:                                              ; preds = %652
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %8) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %7) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %6) #17
  %655 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.16, i64 noundef 11)
          to label %656 unwind label %736

656:                                              ; preds = %654
  %657 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull align 4 dereferenceable(8) %34)
          to label %658 unwind label %736

658:                                              ; preds = %656
  %659 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %657, ptr noundef nonnull @.str.17, i64 noundef 7)
          to label %660 unwind label %736

660:                                              ; preds = %658
  %661 = load ptr, ptr %27, align 8, !tbaa !9
  %662 = getelementptr i8, ptr %661, i64 -24
  %663 = load i64, ptr %662, align 8
  %664 = getelementptr inbounds i8, ptr %27, i64 %663
  %665 = getelementptr inbounds i8, ptr %664, i64 32
  %666 = load i32, ptr %665, align 8, !tbaa !52
  %667 = icmp eq i32 %666, 0
  %668 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %657, i1 noundef %667)
          to label %669 unwind label %736

669:                                              ; preds = %660
  %670 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %668, ptr noundef nonnull @.str.18, i64 noundef 6)
          to label %671 unwind label %736

671:                                              ; preds = %669
  %672 = load ptr, ptr %27, align 8, !tbaa !9
  %673 = getelementptr i8, ptr %672, i64 -24
  %674 = load i64, ptr %673, align 8
  %675 = getelementptr inbounds i8, ptr %27, i64 %674
  %676 = getelementptr inbounds i8, ptr %675, i64 32
  %677 = load i32, ptr %676, align 8, !tbaa !52
  %678 = and i32 %677, 2
  %679 = icmp ne i32 %678, 0
  %680 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %668, i1 noundef %679)
          to label %681 unwind label %736

681:                                              ; preds = %671
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5)
  store i8 10, ptr %5, align 4, !tbaa !6
  %682 = load ptr, ptr %680, align 8, !tbaa !9
  %683 = getelementptr i8, ptr %682, i64 -24
  %684 = load i64, ptr %683, align 8
  %685 = getelementptr inbounds i8, ptr %680, i64 %684
  %686 = getelementptr inbounds i8, ptr %685, i64 16
  %687 = load i64, ptr %686, align 8, !tbaa !11
  %688 = icmp eq i64 %687, 0
  br i1 %688, label %691, label %689

689:                                              ; preds = %681
  %690 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %680, ptr noundef nonnull %5, i64 noundef 1)
          to label %693 unwind label %736

691:                                              ; preds = %681
  %692 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %680, i8 noundef 10)
          to label %693 unwind label %736

693:                                              ; preds = %689, %691
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %35) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %35, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %36) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %37) #17
  %694 = getelementptr inbounds i8, ptr %37, i64 16
  store ptr %694, ptr %37, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #17
  store i64 40, ptr %4, align 8, !tbaa !51
  %695 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %37, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %696 unwind label %738

696:                                              ; preds = %693
  store ptr %695, ptr %37, align 8, !tbaa !43
  %697 = load i64, ptr %4, align 8, !tbaa !51
  store i64 %697, ptr %694, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(40) %695, ptr noundef nonnull align 1 dereferenceable(40) @.str.19, i64 40, i1 false)
  %698 = getelementptr inbounds i8, ptr %37, i64 8
  store i64 %697, ptr %698, align 8, !tbaa !49
  %699 = getelementptr inbounds i8, ptr %695, i64 %697
  store i8 0, ptr %699, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #17
  invoke void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120) %36, ptr noundef nonnull align 8 dereferenceable(32) %37, i32 noundef 8)
          to label %700 unwind label %740

700:                                              ; preds = %696
  %701 = load ptr, ptr %37, align 8, !tbaa !43
  %702 = icmp eq ptr %701, %694
  br i1 %702, label %706, label %703

703:                                              ; preds = %700
  %704 = load i64, ptr %694, align 8, !tbaa !6
  %705 = add i64 %704, 1
  call void @_ZdlPvm(ptr noundef %701, i64 noundef %705) #19
  br label %706

706:                                              ; preds = %700, %703
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %37) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %38) #17
  %707 = getelementptr inbounds i8, ptr %38, i64 16
  store ptr %707, ptr %38, align 8, !tbaa !48
  %708 = getelementptr inbounds i8, ptr %38, i64 8
  store i64 0, ptr %708, align 8, !tbaa !49
  store i8 0, ptr %707, align 8, !tbaa !6
  %709 = getelementptr inbounds i8, ptr %35, i64 8
  %710 = getelementptr inbounds i8, ptr %35, i64 16
  br label %711

711:                                              ; preds = %784, %706
  %712 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %36, ptr noundef nonnull align 8 dereferenceable(32) %38)
          to label %713 unwind label %749

713:                                              ; preds = %711
  %714 = load ptr, ptr %712, align 8, !tbaa !9
  %715 = getelementptr i8, ptr %714, i64 -24
  %716 = load i64, ptr %715, align 8
  %717 = getelementptr inbounds i8, ptr %712, i64 %716
  %718 = getelementptr inbounds i8, ptr %717, i64 32
  %719 = load i32, ptr %718, align 8, !tbaa !52
  %720 = and i32 %719, 5
  %721 = icmp eq i32 %720, 0
  br i1 %721, label %757, label %722

722:                                              ; preds = %713
  %723 = load ptr, ptr %38, align 8, !tbaa !43
  %724 = icmp eq ptr %723, %707
  br i1 %724, label %728, label %725

725:                                              ; preds = %722
  %726 = load i64, ptr %707, align 8, !tbaa !6
  %727 = add i64 %726, 1
  call void @_ZdlPvm(ptr noundef %723, i64 noundef %727) #19
  br label %728

728:                                              ; preds = %722, %725
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %38) #17
  %729 = load ptr, ptr %709, align 8, !tbaa !60
  %730 = load ptr, ptr %35, align 8, !tbaa !62
  %731 = ptrtoint ptr %729 to i64
  %732 = ptrtoint ptr %730 to i64
  %733 = sub i64 %731, %732
  %734 = ashr exact i64 %733, 5
  %735 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i64 noundef %734)
          to label %785 unwind label %979

736:                                              ; preds = %691, %689, %671, %669, %660, %658, %654, %652, %649, %647, %645, %643, %656
  %737 = landingpad { ptr, i32 }
          cleanup
  br label %995

738:                                              ; preds = %693
  %739 = landingpad { ptr, i32 }
          cleanup
  br label %747

740:                                              ; preds = %696
  %741 = landingpad { ptr, i32 }
          cleanup
  %742 = load ptr, ptr %37, align 8, !tbaa !43
  %743 = icmp eq ptr %742, %694
  br i1 %743, label %747, label %744

744:                                              ; preds = %740
  %745 = load i64, ptr %694, align 8, !tbaa !6
  %746 = add i64 %745, 1
  call void @_ZdlPvm(ptr noundef %742, i64 noundef %746) #19
  br label %747

747:                                              ; preds = %744, %740, %738
  %748 = phi { ptr, i32 } [ %739, %738 ], [ %741, %740 ], [ %741, %744 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %37) #17
  br label %993

749:                                              ; preds = %782, %766, %711
  %750 = landingpad { ptr, i32 }
          cleanup
  %751 = load ptr, ptr %38, align 8, !tbaa !43
  %752 = icmp eq ptr %751, %707
  br i1 %752, label %756, label %753

753:                                              ; preds = %749
  %754 = load i64, ptr %707, align 8, !tbaa !6
  %755 = add i64 %754, 1
  call void @_ZdlPvm(ptr noundef %751, i64 noundef %755) #19
  br label %756

756:                                              ; preds = %749, %753
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %38) #17
  br label %991

757:                                              ; preds = %713
  %758 = load ptr, ptr %709, align 8, !tbaa !29
  %759 = load ptr, ptr %710, align 8, !tbaa !63
  %760 = icmp eq ptr %758, %759
  br i1 %760, label %782, label %761

761:                                              ; preds = %757
  %762 = getelementptr inbounds i8, ptr %758, i64 16
  store ptr %762, ptr %758, align 8, !tbaa !48
  %763 = load ptr, ptr %38, align 8, !tbaa !43
  %764 = load i64, ptr %708, align 8, !tbaa !49
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #17
  store i64 %764, ptr %3, align 8, !tbaa !51
  %765 = icmp ugt i64 %764, 15
  br i1 %765, label %766, label %770

766:                                              ; preds = %761
  %767 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %758, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %768 unwind label %749

768:                                              ; preds = %766
  store ptr %767, ptr %758, align 8, !tbaa !43
  %769 = load i64, ptr %3, align 8, !tbaa !51
  store i64 %769, ptr %762, align 8, !tbaa !6
  br label %770

770:                                              ; preds = %768, %761
  %771 = phi ptr [ %767, %768 ], [ %762, %761 ]
  switch i64 %764, label %774 [
    i64 1, label %772
    i64 0, label %775
  ]

772:                                              ; preds = %770
  %773 = load i8, ptr %763, align 1, !tbaa !6
  store i8 %773, ptr %771, align 1, !tbaa !6
  br label %775

774:                                              ; preds = %770
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %771, ptr align 1 %763, i64 %764, i1 false)
  br label %775

775:                                              ; preds = %774, %772, %770
  %776 = load i64, ptr %3, align 8, !tbaa !51
  %777 = getelementptr inbounds i8, ptr %758, i64 8
  store i64 %776, ptr %777, align 8, !tbaa !49
  %778 = load ptr, ptr %758, align 8, !tbaa !43
  %779 = getelementptr inbounds i8, ptr %778, i64 %776
  store i8 0, ptr %779, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #17
  %780 = load ptr, ptr %709, align 8, !tbaa !60
  %781 = getelementptr inbounds i8, ptr %780, i64 32
  store ptr %781, ptr %709, align 8, !tbaa !60
  br label %784

782:                                              ; preds = %757
  %783 = ptrtoint ptr %758 to i64
  invoke void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %35, i64 %783, ptr noundef nonnull align 8 dereferenceable(32) %38)
          to label %784 unwind label %749

784:                                              ; preds = %782, %775
  br label %711

785:                                              ; preds = %728
  %786 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %735, ptr noundef nonnull @.str.20, i64 noundef 14)
          to label %787 unwind label %979

787:                                              ; preds = %785
  %788 = load ptr, ptr %709, align 8, !tbaa !29
  %789 = getelementptr inbounds i8, ptr %788, i64 -32
  %790 = load ptr, ptr %789, align 8, !tbaa !43
  %791 = getelementptr inbounds i8, ptr %788, i64 -24
  %792 = load i64, ptr %791, align 8, !tbaa !49
  %793 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %735, ptr noundef %790, i64 noundef %792)
          to label %794 unwind label %979

794:                                              ; preds = %787
  %795 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %793, ptr noundef nonnull @.str.21, i64 noundef 2)
          to label %796 unwind label %979

796:                                              ; preds = %794
  call void @llvm.lifetime.start.p0(i64 392, ptr nonnull %39) #17
  invoke void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(128) %39)
          to label %797 unwind label %981

797:                                              ; preds = %796
  %798 = getelementptr inbounds i8, ptr %39, i64 16
  %799 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %798, i32 noundef 127)
          to label %800 unwind label %983

800:                                              ; preds = %797
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2)
  store i8 32, ptr %2, align 4, !tbaa !6
  %801 = load ptr, ptr %799, align 8, !tbaa !9
  %802 = getelementptr i8, ptr %801, i64 -24
  %803 = load i64, ptr %802, align 8
  %804 = getelementptr inbounds i8, ptr %799, i64 %803
  %805 = getelementptr inbounds i8, ptr %804, i64 16
  %806 = load i64, ptr %805, align 8, !tbaa !11
  %807 = icmp eq i64 %806, 0
  br i1 %807, label %810, label %808

808:                                              ; preds = %800
  %809 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %799, ptr noundef nonnull %2, i64 noundef 1)
          to label %812 unwind label %983

810:                                              ; preds = %800
  %811 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %799, i8 noundef 32)
          to label %812 unwind label %983

812:                                              ; preds = %808, %810
  %813 = phi ptr [ %809, %808 ], [ %799, %810 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2)
  %814 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %813, double noundef 1.000000e-03)
          to label %815 unwind label %983

815:                                              ; preds = %812
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %40) #17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %41) #17
  %816 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %39, ptr noundef nonnull align 4 dereferenceable(4) %40)
          to label %817 unwind label %985

817:                                              ; preds = %815
  %818 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16) %816, ptr noundef nonnull align 8 dereferenceable(8) %41)
          to label %819 unwind label %985

819:                                              ; preds = %817
  %820 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.22, i64 noundef 11)
          to label %821 unwind label %985

821:                                              ; preds = %819
  %822 = load i32, ptr %40, align 4, !tbaa !53
  %823 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef %822)
          to label %824 unwind label %985

824:                                              ; preds = %821
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %1)
  store i8 32, ptr %1, align 4, !tbaa !6
  %825 = load ptr, ptr %823, align 8, !tbaa !9
  %826 = getelementptr i8, ptr %825, i64 -24
  %827 = load i64, ptr %826, align 8
  %828 = getelementptr inbounds i8, ptr %823, i64 %827
  %829 = getelementptr inbounds i8, ptr %828, i64 16
  %830 = load i64, ptr %829, align 8, !tbaa !11
  %831 = icmp eq i64 %830, 0
  br i1 %831, label %834, label %832

832:                                              ; preds = %824
  %833 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %823, ptr noundef nonnull %1, i64 noundef 1)
          to label %836 unwind label %985

834:                                              ; preds = %824
  %835 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %823, i8 noundef 32)
          to label %836 unwind label %985

836:                                              ; preds = %832, %834
  %837 = phi ptr [ %833, %832 ], [ %823, %834 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %1)
  %838 = load double, ptr %41, align 8, !tbaa !54
  %839 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %837, double noundef %838)
          to label %840 unwind label %985

840:                                              ; preds = %836
  %841 = load ptr, ptr %839, align 8, !tbaa !9
  %842 = getelementptr i8, ptr %841, i64 -24
  %843 = load i64, ptr %842, align 8
  %844 = getelementptr inbounds i8, ptr %839, i64 %843
  %845 = getelementptr inbounds i8, ptr %844, i64 240
  %846 = load ptr, ptr %845, align 8, !tbaa !23
  %847 = icmp eq ptr %846, null
  br i1 %847, label %848, label %850

848:                                              ; preds = %840
  invoke void @_ZSt16__throw_bad_castv() #18
          to label %849 unwind label %985

849:                                              ; preds = %848
  unreachable

850:                                              ; preds = %840
  %851 = getelementptr inbounds i8, ptr %846, i64 56
  %852 = load i8, ptr %851, align 8, !tbaa !26
  %853 = icmp eq i8 %852, 0
  br i1 %853, label %857, label %854

854:                                              ; preds = %850
  %855 = getelementptr inbounds i8, ptr %846, i64 67
  %856 = load i8, ptr %855, align 1, !tbaa !6
  br label %863

857:                                              ; preds = %850
  invoke void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %846)
          to label %858 unwind label %985

858:                                              ; preds = %857
  %859 = load ptr, ptr %846, align 8, !tbaa !9
  %860 = getelementptr inbounds i8, ptr %859, i64 48
  %861 = load ptr, ptr %860, align 8
  %862 = invoke noundef i8 %861(ptr noundef nonnull align 8 dereferenceable(570) %846, i8 noundef 10)
          to label %863 unwind label %985

863:                                              ; preds = %858, %854
  %864 = phi i8 [ %856, %854 ], [ %862, %858 ]
  %865 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %839, i8 noundef %864)
          to label %866 unwind label %985

866:                                              ; preds = %863
  %867 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8) %865)
          to label %868 unwind label %985

868:                                              ; preds = %866
  %869 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cerr, ptr noundef nonnull @.str.23, i64 noundef 40)
          to label %870 unwind label %985

870:                                              ; preds = %868
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %41) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %40) #17
  %871 = load ptr, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, align 8
  store ptr %871, ptr %39, align 8, !tbaa !9
  %872 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 64), align 8
  %873 = getelementptr i8, ptr %871, i64 -24
  %874 = load i64, ptr %873, align 8
  %875 = getelementptr inbounds i8, ptr %39, i64 %874
  store ptr %872, ptr %875, align 8, !tbaa !9
  %876 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 72), align 8
  store ptr %876, ptr %798, align 8, !tbaa !9
  %877 = getelementptr inbounds i8, ptr %39, i64 24
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %877, align 8, !tbaa !9
  %878 = getelementptr inbounds i8, ptr %39, i64 96
  %879 = load ptr, ptr %878, align 8, !tbaa !43
  %880 = getelementptr inbounds i8, ptr %39, i64 112
  %881 = icmp eq ptr %879, %880
  br i1 %881, label %885, label %882

882:                                              ; preds = %870
  %883 = load i64, ptr %880, align 8, !tbaa !6
  %884 = add i64 %883, 1
  call void @_ZdlPvm(ptr noundef %879, i64 noundef %884) #19
  br label %885

885:                                              ; preds = %870, %882
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %877, align 8, !tbaa !9
  %886 = getelementptr inbounds i8, ptr %39, i64 80
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %886) #17
  %887 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  store ptr %887, ptr %39, align 8, !tbaa !9
  %888 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %889 = getelementptr i8, ptr %887, i64 -24
  %890 = load i64, ptr %889, align 8
  %891 = getelementptr inbounds i8, ptr %39, i64 %890
  store ptr %888, ptr %891, align 8, !tbaa !9
  %892 = getelementptr inbounds i8, ptr %39, i64 8
  store i64 0, ptr %892, align 8, !tbaa !56
  %893 = getelementptr inbounds i8, ptr %39, i64 128
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %893) #17
  call void @llvm.lifetime.end.p0(i64 392, ptr nonnull %39) #17
  store ptr %482, ptr %36, align 8, !tbaa !9
  %894 = load i64, ptr %484, align 8
  %895 = getelementptr inbounds i8, ptr %36, i64 %894
  store ptr %483, ptr %895, align 8, !tbaa !9
  %896 = getelementptr inbounds i8, ptr %36, i64 16
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %896, align 8, !tbaa !9
  %897 = getelementptr inbounds i8, ptr %36, i64 88
  %898 = load ptr, ptr %897, align 8, !tbaa !43
  %899 = getelementptr inbounds i8, ptr %36, i64 104
  %900 = icmp eq ptr %898, %899
  br i1 %900, label %904, label %901

901:                                              ; preds = %885
  %902 = load i64, ptr %899, align 8, !tbaa !6
  %903 = add i64 %902, 1
  call void @_ZdlPvm(ptr noundef %898, i64 noundef %903) #19
  br label %904

904:                                              ; preds = %885, %901
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %896, align 8, !tbaa !9
  %905 = getelementptr inbounds i8, ptr %36, i64 72
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %905) #17
  store ptr %489, ptr %36, align 8, !tbaa !9
  %906 = load i64, ptr %491, align 8
  %907 = getelementptr inbounds i8, ptr %36, i64 %906
  store ptr %490, ptr %907, align 8, !tbaa !9
  %908 = getelementptr inbounds i8, ptr %36, i64 8
  store i64 0, ptr %908, align 8, !tbaa !56
  %909 = getelementptr inbounds i8, ptr %36, i64 120
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %909) #17
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %36) #17
  %910 = load ptr, ptr %35, align 8, !tbaa !62
  %911 = load ptr, ptr %709, align 8, !tbaa !60
  %912 = icmp eq ptr %910, %911
  br i1 %912, label %926, label %913

913:                                              ; preds = %904, %921
  %914 = phi ptr [ %922, %921 ], [ %910, %904 ]
  %915 = load ptr, ptr %914, align 8, !tbaa !43
  %916 = getelementptr inbounds i8, ptr %914, i64 16
  %917 = icmp eq ptr %915, %916
  br i1 %917, label %921, label %918

918:                                              ; preds = %913
  %919 = load i64, ptr %916, align 8, !tbaa !6
  %920 = add i64 %919, 1
  call void @_ZdlPvm(ptr noundef %915, i64 noundef %920) #19
  br label %921

921:                                              ; preds = %918, %913
  %922 = getelementptr inbounds i8, ptr %914, i64 32
  %923 = icmp eq ptr %922, %911
  br i1 %923, label %924, label %913, !llvm.loop !64

924:                                              ; preds = %921
  %925 = load ptr, ptr %35, align 8, !tbaa !62
  br label %926

926:                                              ; preds = %924, %904
  %927 = phi ptr [ %925, %924 ], [ %910, %904 ]
  %928 = icmp eq ptr %927, null
  br i1 %928, label %934, label %929

929:                                              ; preds = %926
  %930 = load ptr, ptr %710, align 8, !tbaa !63
  %931 = ptrtoint ptr %930 to i64
  %932 = ptrtoint ptr %927 to i64
  %933 = sub i64 %931, %932
  call void @_ZdlPvm(ptr noundef nonnull %927, i64 noundef %933) #19
  br label %934

934:                                              ; preds = %926, %929
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %35) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %34) #17
  %935 = load ptr, ptr %29, align 8, !tbaa !43
  %936 = icmp eq ptr %935, %476
  br i1 %936, label %940, label %937

937:                                              ; preds = %934
  %938 = load i64, ptr %476, align 8, !tbaa !6
  %939 = add i64 %938, 1
  call void @_ZdlPvm(ptr noundef %935, i64 noundef %939) #19
  br label %940

940:                                              ; preds = %934, %937
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %29) #17
  store ptr %482, ptr %27, align 8, !tbaa !9
  %941 = load i64, ptr %484, align 8
  %942 = getelementptr inbounds i8, ptr %27, i64 %941
  store ptr %483, ptr %942, align 8, !tbaa !9
  %943 = getelementptr inbounds i8, ptr %27, i64 16
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %943, align 8, !tbaa !9
  %944 = getelementptr inbounds i8, ptr %27, i64 88
  %945 = load ptr, ptr %944, align 8, !tbaa !43
  %946 = getelementptr inbounds i8, ptr %27, i64 104
  %947 = icmp eq ptr %945, %946
  br i1 %947, label %951, label %948

948:                                              ; preds = %940
  %949 = load i64, ptr %946, align 8, !tbaa !6
  %950 = add i64 %949, 1
  call void @_ZdlPvm(ptr noundef %945, i64 noundef %950) #19
  br label %951

951:                                              ; preds = %940, %948
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %943, align 8, !tbaa !9
  %952 = getelementptr inbounds i8, ptr %27, i64 72
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %952) #17
  store ptr %489, ptr %27, align 8, !tbaa !9
  %953 = load i64, ptr %491, align 8
  %954 = getelementptr inbounds i8, ptr %27, i64 %953
  store ptr %490, ptr %954, align 8, !tbaa !9
  %955 = getelementptr inbounds i8, ptr %27, i64 8
  store i64 0, ptr %955, align 8, !tbaa !56
  %956 = getelementptr inbounds i8, ptr %27, i64 120
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %956) #17
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %27) #17
  %957 = load ptr, ptr %26, align 8, !tbaa !43
  %958 = icmp eq ptr %957, %436
  br i1 %958, label %962, label %959

959:                                              ; preds = %951
  %960 = load i64, ptr %436, align 8, !tbaa !6
  %961 = add i64 %960, 1
  call void @_ZdlPvm(ptr noundef %957, i64 noundef %961) #19
  br label %962

962:                                              ; preds = %951, %959
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %26) #17
  %963 = load ptr, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, align 8
  store ptr %963, ptr %25, align 8, !tbaa !9
  %964 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %965 = getelementptr i8, ptr %963, i64 -24
  %966 = load i64, ptr %965, align 8
  %967 = getelementptr inbounds i8, ptr %25, i64 %966
  store ptr %964, ptr %967, align 8, !tbaa !9
  %968 = getelementptr inbounds i8, ptr %25, i64 8
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %968, align 8, !tbaa !9
  %969 = getelementptr inbounds i8, ptr %25, i64 80
  %970 = load ptr, ptr %969, align 8, !tbaa !43
  %971 = getelementptr inbounds i8, ptr %25, i64 96
  %972 = icmp eq ptr %970, %971
  br i1 %972, label %976, label %973

973:                                              ; preds = %962
  %974 = load i64, ptr %971, align 8, !tbaa !6
  %975 = add i64 %974, 1
  call void @_ZdlPvm(ptr noundef %970, i64 noundef %975) #19
  br label %976

976:                                              ; preds = %962, %973
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %968, align 8, !tbaa !9
  %977 = getelementptr inbounds i8, ptr %25, i64 64
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %977) #17
  %978 = getelementptr inbounds i8, ptr %25, i64 112
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %978) #17
  call void @llvm.lifetime.end.p0(i64 376, ptr nonnull %25) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %24) #17
  ret i32 0

979:                                              ; preds = %794, %787, %785, %728
  %980 = landingpad { ptr, i32 }
          cleanup
  br label %991

981:                                              ; preds = %796
  %982 = landingpad { ptr, i32 }
          cleanup
  br label %989

983:                                              ; preds = %812, %810, %808, %797
  %984 = landingpad { ptr, i32 }
          cleanup
  br label %987

985:                                              ; preds = %866, %863, %858, %857, %848, %868, %836, %834, %832, %819, %817, %821, %815
  %986 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %41) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %40) #17
  br label %987

987:                                              ; preds = %985, %983
  %988 = phi { ptr, i32 } [ %986, %985 ], [ %984, %983 ]
  call void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(128) %39) #17
  br label %989

989:                                              ; preds = %987, %981
  %990 = phi { ptr, i32 } [ %988, %987 ], [ %982, %981 ]
  call void @llvm.lifetime.end.p0(i64 392, ptr nonnull %39) #17
  br label %991

991:                                              ; preds = %989, %979, %756
  %992 = phi { ptr, i32 } [ %750, %756 ], [ %990, %989 ], [ %980, %979 ]
  call void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120) %36) #17
  br label %993

993:                                              ; preds = %991, %747
  %994 = phi { ptr, i32 } [ %992, %991 ], [ %748, %747 ]
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %36) #17
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %35) #17
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %35) #17
  br label %995

995:                                              ; preds = %993, %736
  %996 = phi { ptr, i32 } [ %994, %993 ], [ %737, %736 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %34) #17
  br label %997

997:                                              ; preds = %593, %595, %995, %641
  %998 = phi { ptr, i32 } [ %642, %641 ], [ %996, %995 ], [ %594, %593 ], [ %596, %595 ]
  %999 = load ptr, ptr %29, align 8, !tbaa !43
  %1000 = icmp eq ptr %999, %476
  br i1 %1000, label %1004, label %1001

1001:                                             ; preds = %997
  %1002 = load i64, ptr %476, align 8, !tbaa !6
  %1003 = add i64 %1002, 1
  call void @_ZdlPvm(ptr noundef %999, i64 noundef %1003) #19
  br label %1004

1004:                                             ; preds = %997, %1001
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %29) #17
  call void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120) %27) #17
  br label %1005

1005:                                             ; preds = %1004, %591
  %1006 = phi { ptr, i32 } [ %998, %1004 ], [ %592, %591 ]
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %27) #17
  br label %1007

1007:                                             ; preds = %1005, %580
  %1008 = phi { ptr, i32 } [ %1006, %1005 ], [ %581, %580 ]
  %1009 = load ptr, ptr %26, align 8, !tbaa !43
  %1010 = icmp eq ptr %1009, %436
  br i1 %1010, label %1016, label %1011

1011:                                             ; preds = %1007, %411
  %1012 = phi ptr [ %413, %411 ], [ %1009, %1007 ]
  %1013 = phi { ptr, i32 } [ %412, %411 ], [ %1008, %1007 ]
  %1014 = load i64, ptr %436, align 8, !tbaa !6
  %1015 = add i64 %1014, 1
  call void @_ZdlPvm(ptr noundef %1012, i64 noundef %1015) #19
  br label %1016

1016:                                             ; preds = %1011, %1007, %411
  %1017 = phi { ptr, i32 } [ %412, %411 ], [ %1008, %1007 ], [ %1013, %1011 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %26) #17
  br label %1018

1018:                                             ; preds = %1016, %447
  %1019 = phi { ptr, i32 } [ %448, %447 ], [ %1017, %1016 ]
  call void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(112) %25) #17
  call void @llvm.lifetime.end.p0(i64 376, ptr nonnull %25) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %24) #17
  resume { ptr, i32 } %1019
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(112)) unnamed_addr #3

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120), ptr noundef nonnull align 8 dereferenceable(32), i32 noundef) unnamed_addr #3

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #0

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120)) unnamed_addr #8

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(128)) unnamed_addr #3

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(128)) unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #8 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !62
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !60
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !43
  %9 = getelementptr inbounds i8, ptr %7, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %6
  %12 = load i64, ptr %9, align 8, !tbaa !6
  %13 = add i64 %12, 1
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #19
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !64

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !62
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !63
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #19
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(112)) unnamed_addr #8

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #10 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #17
  tail call void @_ZSt9terminatev() #20
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #11

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, i64 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8), i8 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #0

; Function Attrs: noreturn
declare void @_ZSt16__throw_bad_castv() local_unnamed_addr #12

declare void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), double noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), i1 noundef) local_unnamed_addr #0

; Function Attrs: nounwind
declare void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(216)) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #1

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #0

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_assignERKS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #0

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZSt7getlineIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EES4_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32), i8 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #0

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #3 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca i64, align 8
  %5 = inttoptr i64 %1 to ptr
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !60
  %8 = load ptr, ptr %0, align 8, !tbaa !29
  %9 = ptrtoint ptr %7 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = icmp eq i64 %11, 9223372036854775776
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.27) #18
  unreachable

14:                                               ; preds = %3
  %15 = ashr exact i64 %11, 5
  %16 = tail call i64 @llvm.umax.i64(i64 %15, i64 1)
  %17 = add nsw i64 %16, %15
  %18 = icmp ult i64 %17, %15
  %19 = tail call i64 @llvm.umin.i64(i64 %17, i64 288230376151711743)
  %20 = select i1 %18, i64 288230376151711743, i64 %19
  %21 = sub i64 %1, %10
  %22 = ashr exact i64 %21, 5
  %23 = icmp eq i64 %20, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %14
  %25 = shl nuw nsw i64 %20, 5
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #21
  br label %27

27:                                               ; preds = %14, %24
  %28 = phi ptr [ %26, %24 ], [ null, %14 ]
  %29 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %22
  %30 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %30, ptr %29, align 8, !tbaa !48
  %31 = load ptr, ptr %2, align 8, !tbaa !43
  %32 = getelementptr inbounds i8, ptr %2, i64 8
  %33 = load i64, ptr %32, align 8, !tbaa !49
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #17
  store i64 %33, ptr %4, align 8, !tbaa !51
  %34 = icmp ugt i64 %33, 15
  br i1 %34, label %35, label %39

35:                                               ; preds = %27
  %36 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %37 unwind label %114

37:                                               ; preds = %35
  store ptr %36, ptr %29, align 8, !tbaa !43
  %38 = load i64, ptr %4, align 8, !tbaa !51
  store i64 %38, ptr %30, align 8, !tbaa !6
  br label %39

39:                                               ; preds = %37, %27
  %40 = phi ptr [ %36, %37 ], [ %30, %27 ]
  switch i64 %33, label %43 [
    i64 1, label %41
    i64 0, label %44
  ]

41:                                               ; preds = %39
  %42 = load i8, ptr %31, align 1, !tbaa !6
  store i8 %42, ptr %40, align 1, !tbaa !6
  br label %44

43:                                               ; preds = %39
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %40, ptr align 1 %31, i64 %33, i1 false)
  br label %44

44:                                               ; preds = %43, %41, %39
  %45 = load i64, ptr %4, align 8, !tbaa !51
  %46 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %45, ptr %46, align 8, !tbaa !49
  %47 = load ptr, ptr %29, align 8, !tbaa !43
  %48 = getelementptr inbounds i8, ptr %47, i64 %45
  store i8 0, ptr %48, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #17
  %49 = icmp eq ptr %8, %5
  br i1 %49, label %74, label %50

50:                                               ; preds = %44, %67
  %51 = phi ptr [ %72, %67 ], [ %28, %44 ]
  %52 = phi ptr [ %71, %67 ], [ %8, %44 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !65)
  call void @llvm.experimental.noalias.scope.decl(metadata !68)
  %53 = getelementptr inbounds i8, ptr %51, i64 16
  store ptr %53, ptr %51, align 8, !tbaa !48, !alias.scope !65, !noalias !68
  %54 = load ptr, ptr %52, align 8, !tbaa !43, !alias.scope !68, !noalias !65
  %55 = getelementptr inbounds i8, ptr %52, i64 16
  %56 = icmp eq ptr %54, %55
  br i1 %56, label %57, label %63

57:                                               ; preds = %50
  %58 = getelementptr inbounds i8, ptr %52, i64 8
  %59 = load i64, ptr %58, align 8, !tbaa !49, !alias.scope !68, !noalias !65
  %60 = add i64 %59, 1
  %61 = icmp eq i64 %60, 0
  br i1 %61, label %67, label %62

62:                                               ; preds = %57
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %53, ptr nonnull align 8 %55, i64 %60, i1 false), !alias.scope !70
  br label %67

63:                                               ; preds = %50
  store ptr %54, ptr %51, align 8, !tbaa !43, !alias.scope !65, !noalias !68
  %64 = load i64, ptr %55, align 8, !tbaa !6, !alias.scope !68, !noalias !65
  store i64 %64, ptr %53, align 8, !tbaa !6, !alias.scope !65, !noalias !68
  %65 = getelementptr inbounds i8, ptr %52, i64 8
  %66 = load i64, ptr %65, align 8, !tbaa !49, !alias.scope !68, !noalias !65
  br label %67

67:                                               ; preds = %63, %62, %57
  %68 = phi i64 [ %66, %63 ], [ %59, %62 ], [ -1, %57 ]
  %69 = getelementptr inbounds i8, ptr %52, i64 8
  %70 = getelementptr inbounds i8, ptr %51, i64 8
  store i64 %68, ptr %70, align 8, !tbaa !49, !alias.scope !65, !noalias !68
  store ptr %55, ptr %52, align 8, !tbaa !43, !alias.scope !68, !noalias !65
  store i64 0, ptr %69, align 8, !tbaa !49, !alias.scope !68, !noalias !65
  store i8 0, ptr %55, align 1, !tbaa !6, !alias.scope !68, !noalias !65
  %71 = getelementptr inbounds i8, ptr %52, i64 32
  %72 = getelementptr inbounds i8, ptr %51, i64 32
  %73 = icmp eq ptr %71, %5
  br i1 %73, label %74, label %50, !llvm.loop !71

74:                                               ; preds = %67, %44
  %75 = phi ptr [ %28, %44 ], [ %72, %67 ]
  %76 = getelementptr inbounds i8, ptr %75, i64 32
  %77 = icmp eq ptr %7, %5
  br i1 %77, label %102, label %78

78:                                               ; preds = %74, %95
  %79 = phi ptr [ %100, %95 ], [ %76, %74 ]
  %80 = phi ptr [ %99, %95 ], [ %5, %74 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !72)
  call void @llvm.experimental.noalias.scope.decl(metadata !75)
  %81 = getelementptr inbounds i8, ptr %79, i64 16
  store ptr %81, ptr %79, align 8, !tbaa !48, !alias.scope !72, !noalias !75
  %82 = load ptr, ptr %80, align 8, !tbaa !43, !alias.scope !75, !noalias !72
  %83 = getelementptr inbounds i8, ptr %80, i64 16
  %84 = icmp eq ptr %82, %83
  br i1 %84, label %85, label %91

85:                                               ; preds = %78
  %86 = getelementptr inbounds i8, ptr %80, i64 8
  %87 = load i64, ptr %86, align 8, !tbaa !49, !alias.scope !75, !noalias !72
  %88 = add i64 %87, 1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %95, label %90

90:                                               ; preds = %85
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %81, ptr nonnull align 8 %83, i64 %88, i1 false), !alias.scope !77
  br label %95

91:                                               ; preds = %78
  store ptr %82, ptr %79, align 8, !tbaa !43, !alias.scope !72, !noalias !75
  %92 = load i64, ptr %83, align 8, !tbaa !6, !alias.scope !75, !noalias !72
  store i64 %92, ptr %81, align 8, !tbaa !6, !alias.scope !72, !noalias !75
  %93 = getelementptr inbounds i8, ptr %80, i64 8
  %94 = load i64, ptr %93, align 8, !tbaa !49, !alias.scope !75, !noalias !72
  br label %95

95:                                               ; preds = %91, %90, %85
  %96 = phi i64 [ %94, %91 ], [ %87, %90 ], [ -1, %85 ]
  %97 = getelementptr inbounds i8, ptr %80, i64 8
  %98 = getelementptr inbounds i8, ptr %79, i64 8
  store i64 %96, ptr %98, align 8, !tbaa !49, !alias.scope !72, !noalias !75
  store ptr %83, ptr %80, align 8, !tbaa !43, !alias.scope !75, !noalias !72
  store i64 0, ptr %97, align 8, !tbaa !49, !alias.scope !75, !noalias !72
  store i8 0, ptr %83, align 1, !tbaa !6, !alias.scope !75, !noalias !72
  %99 = getelementptr inbounds i8, ptr %80, i64 32
  %100 = getelementptr inbounds i8, ptr %79, i64 32
  %101 = icmp eq ptr %99, %7
  br i1 %101, label %102, label %78, !llvm.loop !71

102:                                              ; preds = %95, %74
  %103 = phi ptr [ %76, %74 ], [ %100, %95 ]
  %104 = getelementptr inbounds i8, ptr %0, i64 16
  %105 = icmp eq ptr %8, null
  br i1 %105, label %110, label %106

106:                                              ; preds = %102
  %107 = load ptr, ptr %104, align 8, !tbaa !63
  %108 = ptrtoint ptr %107 to i64
  %109 = sub i64 %108, %10
  call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %109) #19
  br label %110

110:                                              ; preds = %102, %106
  store ptr %28, ptr %0, align 8, !tbaa !62
  store ptr %103, ptr %6, align 8, !tbaa !60
  %111 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %20
  store ptr %111, ptr %104, align 8, !tbaa !63
  ret void

112:                                              ; preds = %114
  %113 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %119 unwind label %120

114:                                              ; preds = %35
  %115 = landingpad { ptr, i32 }
          catch ptr null
  %116 = extractvalue { ptr, i32 } %115, 0
  %117 = call ptr @__cxa_begin_catch(ptr %116) #17
  %118 = shl nuw nsw i64 %20, 5
  call void @_ZdlPvm(ptr noundef nonnull %28, i64 noundef %118) #19
  invoke void @__cxa_rethrow() #18
          to label %123 unwind label %112

119:                                              ; preds = %112
  resume { ptr, i32 } %113

120:                                              ; preds = %112
  %121 = landingpad { ptr, i32 }
          catch ptr null
  %122 = extractvalue { ptr, i32 } %121, 0
  call void @__clang_call_terminate(ptr %122) #20
  unreachable

123:                                              ; preds = %114
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #12

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #13

; Function Attrs: uwtable
define internal void @_GLOBAL__sub_I_iostreams.cpp() #14 section ".text.startup" {
  tail call void @_ZNSt8ios_base4InitC1Ev(ptr noundef nonnull align 1 dereferenceable(1) @_ZStL8__ioinit)
  %1 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt8ios_base4InitD1Ev, ptr nonnull @_ZStL8__ioinit, ptr nonnull @__dso_handle) #17
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #15

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #15

attributes #0 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind }
attributes #3 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #17 = { nounwind }
attributes #18 = { noreturn }
attributes #19 = { builtin nounwind }
attributes #20 = { noreturn nounwind }
attributes #21 = { builtin allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"vtable pointer", !8, i64 0}
!11 = !{!12, !13, i64 16}
!12 = !{!"_ZTSSt8ios_base", !13, i64 8, !13, i64 16, !14, i64 24, !15, i64 28, !15, i64 32, !16, i64 40, !17, i64 48, !7, i64 64, !18, i64 192, !16, i64 200, !19, i64 208}
!13 = !{!"long", !7, i64 0}
!14 = !{!"_ZTSSt13_Ios_Fmtflags", !7, i64 0}
!15 = !{!"_ZTSSt12_Ios_Iostate", !7, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = !{!"_ZTSNSt8ios_base6_WordsE", !16, i64 0, !13, i64 8}
!18 = !{!"int", !7, i64 0}
!19 = !{!"_ZTSSt6locale", !16, i64 0}
!20 = !{!21, !18, i64 0}
!21 = !{!"_ZTS5Point", !18, i64 0, !18, i64 4}
!22 = !{!21, !18, i64 4}
!23 = !{!24, !16, i64 240}
!24 = !{!"_ZTSSt9basic_iosIcSt11char_traitsIcEE", !12, i64 0, !16, i64 216, !7, i64 224, !25, i64 225, !16, i64 232, !16, i64 240, !16, i64 248, !16, i64 256}
!25 = !{!"bool", !7, i64 0}
!26 = !{!27, !7, i64 56}
!27 = !{!"_ZTSSt5ctypeIcE", !28, i64 0, !16, i64 16, !25, i64 24, !16, i64 32, !16, i64 40, !16, i64 48, !7, i64 56, !7, i64 57, !7, i64 313, !7, i64 569}
!28 = !{!"_ZTSNSt6locale5facetE", !18, i64 8}
!29 = !{!16, !16, i64 0}
!30 = !{!14, !14, i64 0}
!31 = !{!24, !25, i64 225}
!32 = !{i8 0, i8 2}
!33 = !{}
!34 = !{!24, !7, i64 224}
!35 = !{!12, !13, i64 8}
!36 = !{!37, !16, i64 32}
!37 = !{!"_ZTSSt15basic_streambufIcSt11char_traitsIcEE", !16, i64 8, !16, i64 16, !16, i64 24, !16, i64 32, !16, i64 40, !16, i64 48, !19, i64 56}
!38 = !{!39, !41}
!39 = distinct !{!39, !40, !"_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv: argument 0"}
!40 = distinct !{!40, !"_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv"}
!41 = distinct !{!41, !42, !"_ZNKSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEE3strEv: argument 0"}
!42 = distinct !{!42, !"_ZNKSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEE3strEv"}
!43 = !{!44, !16, i64 0}
!44 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !45, i64 0, !13, i64 8, !7, i64 16}
!45 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !16, i64 0}
!46 = !{!41}
!47 = !{!39}
!48 = !{!45, !16, i64 0}
!49 = !{!44, !13, i64 8}
!50 = !{!37, !16, i64 40}
!51 = !{!13, !13, i64 0}
!52 = !{!12, !15, i64 32}
!53 = !{!18, !18, i64 0}
!54 = !{!55, !55, i64 0}
!55 = !{!"double", !7, i64 0}
!56 = !{!57, !13, i64 8}
!57 = !{!"_ZTSSi", !13, i64 8}
!58 = distinct !{!58, !59}
!59 = !{!"llvm.loop.mustprogress"}
!60 = !{!61, !16, i64 8}
!61 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !16, i64 0, !16, i64 8, !16, i64 16}
!62 = !{!61, !16, i64 0}
!63 = !{!61, !16, i64 16}
!64 = distinct !{!64, !59}
!65 = !{!66}
!66 = distinct !{!66, !67, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!67 = distinct !{!67, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!68 = !{!69}
!69 = distinct !{!69, !67, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!70 = !{!66, !69}
!71 = distinct !{!71, !59}
!72 = !{!73}
!73 = distinct !{!73, !74, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!74 = distinct !{!74, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!75 = !{!76}
!76 = distinct !{!76, !74, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!77 = !{!73, !76}
