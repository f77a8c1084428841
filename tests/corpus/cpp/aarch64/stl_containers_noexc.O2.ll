; ModuleID = 'stl_containers.cpp'
source_filename = "stl_containers.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"struct.std::piecewise_construct_t" = type { i8 }
%"class.std::__cxx11::list" = type { %"class.std::__cxx11::_List_base" }
%"class.std::__cxx11::_List_base" = type { %"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" }
%"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" = type { %"struct.std::__detail::_List_node_header" }
%"struct.std::__detail::_List_node_header" = type { %"struct.std::__detail::_List_node_base", i64 }
%"struct.std::__detail::_List_node_base" = type { ptr, ptr }
%"struct.std::__detail::_AllocNode" = type { ptr }
%"class.std::map" = type { %"class.std::_Rb_tree" }
%"class.std::_Rb_tree" = type { %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"struct.std::_Rb_tree_header" = type { %"struct.std::_Rb_tree_node_base", i64 }
%"struct.std::_Rb_tree_node_base" = type { i32, ptr, ptr, ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::set" = type { %"class.std::_Rb_tree.9" }
%"class.std::_Rb_tree.9" = type { %"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"class.std::unordered_map" = type { %"class.std::_Hashtable" }
%"class.std::_Hashtable" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"struct.std::__detail::_Hash_node_base" = type { ptr }
%"struct.std::__detail::_Prime_rehash_policy" = type { float, i64 }
%"class.std::unordered_set" = type { %"class.std::_Hashtable.29" }
%"class.std::_Hashtable.29" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"class.std::deque" = type { %"class.std::_Deque_base" }
%"class.std::_Deque_base" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" = type { ptr, i64, %"struct.std::_Deque_iterator", %"struct.std::_Deque_iterator" }
%"struct.std::_Deque_iterator" = type { ptr, ptr, ptr, ptr }
%"struct.std::pair.27" = type { i32, i32 }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base" }
%"struct.std::_Head_base" = type { ptr }
%"class.std::tuple.76" = type { i8 }
%"struct.std::__detail::_Scratch_list" = type { %"struct.std::__detail::_List_node_base" }

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_ = comdat any

$_ZNSt7__cxx114listIiSaIiEE4sortEv = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_ = comdat any

$_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_ = comdat any

$_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_ = comdat any

$_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_ = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIiERKi = comdat any

$_ZNSt8__detail9_Map_baseIiSt4pairIKiiESaIS3_ENS_10_Select1stESt8equal_toIiESt4hashIiENS_18_Mod_range_hashingENS_20_Default_ranged_hashENS_20_Prime_rehash_policyENS_17_Hashtable_traitsILb0ELb0ELb1EEELb1EEixEOi = comdat any

$_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_ = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_ = comdat any

$_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb = comdat any

$_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_ = comdat any

$_ZSt19piecewise_construct = comdat any

@.str = private unnamed_addr constant [55 x i8] c"vector: size %zu, min %d, max %d, first >= 250 at %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"distinct values: %zu, sum %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"brown\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"jumps\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@__const.main.text = private unnamed_addr constant [11 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.4, ptr @.str.10, ptr @.str.11, ptr @.str.4, ptr @.str.12], align 8
@.str.13 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1
@.str.14 = private unnamed_addr constant [45 x i8] c"map size %zu, quick %s, upper_bound(l) = %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"found\00", align 1
@.str.16 = private unnamed_addr constant [8 x i8] c"missing\00", align 1
@.str.18 = private unnamed_addr constant [57 x i8] c"set: %zu elements, count(42) %zu, lowest %d, highest %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [58 x i8] c"unordered_map: %zu buckets used by %zu keys; top residues\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c" %d(%d)\00", align 1
@.str.21 = private unnamed_addr constant [42 x i8] c"unordered_set: %zu unique, %d duplicates\0A\00", align 1
@.str.22 = private unnamed_addr constant [20 x i8] c"| front %d back %d\0A\00", align 1
@.str.23 = private unnamed_addr constant [12 x i8] c"list (%zu):\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@_ZL4seed = internal unnamed_addr global i32 2024, align 4
@.str.25 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.26 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1
@.str.27 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@_ZSt19piecewise_construct = linkonce_odr dso_local constant %"struct.std::piecewise_construct_t" zeroinitializer, comdat, align 1
@.str.28 = private unnamed_addr constant [48 x i8] c"cannot create std::deque larger than max_size()\00", align 1

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %"class.std::__cxx11::list", align 8
  %2 = alloca %"class.std::__cxx11::list", align 8
  %3 = alloca %"struct.std::__detail::_AllocNode", align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca %"class.std::map", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = alloca %"class.std::__cxx11::basic_string", align 8
  %10 = alloca %"class.std::__cxx11::basic_string", align 8
  %11 = alloca %"class.std::set", align 8
  %12 = alloca %"class.std::unordered_map", align 8
  %13 = alloca i32, align 4
  %14 = alloca %"class.std::unordered_set", align 8
  %15 = alloca %"class.std::__cxx11::basic_string", align 8
  %16 = alloca %"class.std::deque", align 8
  %17 = alloca i32, align 4
  %18 = alloca %"class.std::__cxx11::list", align 8
  %19 = load i32, ptr @_ZL4seed, align 4, !tbaa !6
  br label %243

20:                                               ; preds = %285
  %21 = ptrtoint ptr %288 to i64
  %22 = ptrtoint ptr %290 to i64
  %23 = ptrtoint ptr %289 to i64
  %24 = sub i64 %22, %23
  %25 = ashr exact i64 %24, 2
  %26 = icmp eq ptr %290, %289
  br i1 %26, label %27, label %29

27:                                               ; preds = %20
  %28 = getelementptr inbounds i8, ptr null, i64 %24
  br label %40

29:                                               ; preds = %20
  %30 = icmp ugt i64 %25, 2305843009213693951
  br i1 %30, label %31, label %32, !prof !10

31:                                               ; preds = %29
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

32:                                               ; preds = %29
  %33 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #19
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %33, ptr align 4 %289, i64 %24, i1 false)
  %34 = getelementptr inbounds i8, ptr %33, i64 %24
  %35 = ptrtoint ptr %33 to i64
  %36 = ptrtoint ptr %34 to i64
  %37 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %25, i1 false)
  %38 = shl nuw nsw i64 %37, 1
  %39 = sub nsw i64 126, %38
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %35, i64 %36, i64 noundef %39, i8 undef)
  tail call void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %35, i64 %36, i8 undef)
  br label %40

40:                                               ; preds = %27, %32
  %41 = phi i64 [ 0, %27 ], [ %35, %32 ]
  %42 = phi ptr [ %28, %27 ], [ %34, %32 ]
  %43 = phi ptr [ null, %27 ], [ %33, %32 ]
  %44 = icmp sgt i64 %25, 0
  br i1 %44, label %45, label %60

45:                                               ; preds = %40, %45
  %46 = phi i64 [ %56, %45 ], [ %25, %40 ]
  %47 = phi ptr [ %55, %45 ], [ %43, %40 ]
  %48 = lshr i64 %46, 1
  %49 = getelementptr inbounds i32, ptr %47, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = icmp slt i32 %50, 250
  %52 = getelementptr inbounds i8, ptr %49, i64 4
  %53 = xor i64 %48, -1
  %54 = add nsw i64 %46, %53
  %55 = select i1 %51, ptr %52, ptr %47
  %56 = select i1 %51, i64 %54, i64 %48
  %57 = icmp sgt i64 %56, 0
  br i1 %57, label %45, label %58, !llvm.loop !11

58:                                               ; preds = %45
  %59 = ptrtoint ptr %55 to i64
  br label %60

60:                                               ; preds = %40, %58
  %61 = phi i64 [ %41, %40 ], [ %59, %58 ]
  %62 = load i32, ptr %43, align 4, !tbaa !6
  %63 = getelementptr inbounds i8, ptr %42, i64 -4
  %64 = load i32, ptr %63, align 4, !tbaa !6
  %65 = sub i64 %61, %41
  %66 = ashr exact i64 %65, 2
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %25, i32 noundef %62, i32 noundef %64, i64 noundef %66)
  br i1 %26, label %142, label %68

68:                                               ; preds = %60, %72
  %69 = phi ptr [ %70, %72 ], [ %43, %60 ]
  %70 = getelementptr inbounds i8, ptr %69, i64 4
  %71 = icmp eq ptr %70, %42
  br i1 %71, label %101, label %72

72:                                               ; preds = %68
  %73 = load i32, ptr %69, align 4, !tbaa !6
  %74 = load i32, ptr %70, align 4, !tbaa !6
  %75 = icmp eq i32 %73, %74
  br i1 %75, label %76, label %68, !llvm.loop !13

76:                                               ; preds = %72
  %77 = getelementptr inbounds i8, ptr %69, i64 8
  %78 = icmp eq ptr %77, %42
  br i1 %78, label %91, label %79

79:                                               ; preds = %76, %87
  %80 = phi i32 [ %83, %87 ], [ %73, %76 ]
  %81 = phi ptr [ %89, %87 ], [ %77, %76 ]
  %82 = phi ptr [ %88, %87 ], [ %69, %76 ]
  %83 = load i32, ptr %81, align 4, !tbaa !6
  %84 = icmp eq i32 %80, %83
  br i1 %84, label %87, label %85

85:                                               ; preds = %79
  %86 = getelementptr inbounds i8, ptr %82, i64 4
  store i32 %83, ptr %86, align 4, !tbaa !6
  br label %87

87:                                               ; preds = %85, %79
  %88 = phi ptr [ %82, %79 ], [ %86, %85 ]
  %89 = getelementptr inbounds i8, ptr %81, i64 4
  %90 = icmp eq ptr %89, %42
  br i1 %90, label %91, label %79, !llvm.loop !14

91:                                               ; preds = %87, %76
  %92 = phi ptr [ %69, %76 ], [ %88, %87 ]
  %93 = getelementptr inbounds i8, ptr %92, i64 4
  %94 = ptrtoint ptr %93 to i64
  %95 = sub i64 %94, %41
  %96 = getelementptr inbounds i8, ptr %43, i64 %95
  %97 = icmp eq ptr %93, %42
  %98 = icmp eq i64 %24, %95
  %99 = select i1 %97, i1 true, i1 %98
  %100 = select i1 %99, ptr %42, ptr %96
  br label %101

101:                                              ; preds = %68, %91
  %102 = phi ptr [ %100, %91 ], [ %42, %68 ]
  br i1 %26, label %142, label %103

103:                                              ; preds = %101
  %104 = sub i64 %21, %23
  %105 = lshr i64 %104, 2
  %106 = add nuw nsw i64 %105, 1
  %107 = icmp ult i64 %104, 28
  br i1 %107, label %131, label %108

108:                                              ; preds = %103
  %109 = and i64 %106, 9223372036854775800
  %110 = shl i64 %109, 2
  %111 = getelementptr i8, ptr %289, i64 %110
  br label %112

112:                                              ; preds = %112, %108
  %113 = phi i64 [ 0, %108 ], [ %125, %112 ]
  %114 = phi <4 x i64> [ zeroinitializer, %108 ], [ %123, %112 ]
  %115 = phi <4 x i64> [ zeroinitializer, %108 ], [ %124, %112 ]
  %116 = shl i64 %113, 2
  %117 = getelementptr i8, ptr %289, i64 %116
  %118 = getelementptr i8, ptr %117, i64 16
  %119 = load <4 x i32>, ptr %117, align 4, !tbaa !6
  %120 = load <4 x i32>, ptr %118, align 4, !tbaa !6
  %121 = sext <4 x i32> %119 to <4 x i64>
  %122 = sext <4 x i32> %120 to <4 x i64>
  %123 = add <4 x i64> %114, %121
  %124 = add <4 x i64> %115, %122
  %125 = add nuw i64 %113, 8
  %126 = icmp eq i64 %125, %109
  br i1 %126, label %127, label %112, !llvm.loop !15

127:                                              ; preds = %112
  %128 = add <4 x i64> %124, %123
  %129 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %128)
  %130 = icmp eq i64 %106, %109
  br i1 %130, label %142, label %131

131:                                              ; preds = %127, %103
  %132 = phi i64 [ 0, %103 ], [ %129, %127 ]
  %133 = phi ptr [ %289, %103 ], [ %111, %127 ]
  br label %134

134:                                              ; preds = %131, %134
  %135 = phi i64 [ %139, %134 ], [ %132, %131 ]
  %136 = phi ptr [ %140, %134 ], [ %133, %131 ]
  %137 = load i32, ptr %136, align 4, !tbaa !6
  %138 = sext i32 %137 to i64
  %139 = add nsw i64 %135, %138
  %140 = getelementptr inbounds i8, ptr %136, i64 4
  %141 = icmp eq ptr %136, %288
  br i1 %141, label %142, label %134, !llvm.loop !18

142:                                              ; preds = %134, %127, %60, %101
  %143 = phi ptr [ %102, %101 ], [ %42, %60 ], [ %102, %127 ], [ %102, %134 ]
  %144 = phi i64 [ 0, %101 ], [ 0, %60 ], [ %129, %127 ], [ %139, %134 ]
  %145 = ptrtoint ptr %143 to i64
  %146 = sub i64 %145, %41
  %147 = ashr exact i64 %146, 2
  %148 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %147, i64 noundef %144)
  %149 = tail call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #19
  %150 = getelementptr inbounds i8, ptr %149, i64 4
  %151 = getelementptr inbounds i8, ptr %149, i64 8
  %152 = getelementptr inbounds i8, ptr %149, i64 12
  %153 = getelementptr inbounds i8, ptr %149, i64 16
  %154 = getelementptr inbounds i8, ptr %149, i64 20
  %155 = getelementptr inbounds i8, ptr %149, i64 24
  %156 = getelementptr inbounds i8, ptr %149, i64 28
  %157 = getelementptr inbounds i8, ptr %149, i64 32
  %158 = getelementptr inbounds i8, ptr %149, i64 36
  store <2 x i32> <i32 9, i32 10>, ptr %157, align 4, !tbaa !6
  %159 = getelementptr inbounds i8, ptr %149, i64 40
  store <4 x i32> <i32 1, i32 4, i32 9, i32 16>, ptr %149, align 4, !tbaa !6
  %160 = getelementptr inbounds i8, ptr %149, i64 16
  store <4 x i32> <i32 25, i32 36, i32 49, i32 64>, ptr %160, align 4, !tbaa !6
  %161 = getelementptr inbounds i8, ptr %149, i64 32
  store <2 x i32> <i32 81, i32 100>, ptr %161, align 4, !tbaa !6
  %162 = ptrtoint ptr %149 to i64
  br label %163

163:                                              ; preds = %142, %186
  %164 = phi i64 [ %179, %186 ], [ 40, %142 ]
  %165 = phi i64 [ %188, %186 ], [ 0, %142 ]
  br label %166

166:                                              ; preds = %174, %163
  %167 = phi i64 [ %165, %163 ], [ %175, %174 ]
  %168 = getelementptr inbounds i8, ptr %149, i64 %167
  %169 = load i32, ptr %168, align 4, !tbaa !6
  %170 = and i32 %169, 1
  %171 = icmp eq i32 %170, 0
  br i1 %171, label %174, label %172

172:                                              ; preds = %166
  %173 = getelementptr inbounds i8, ptr %149, i64 %167
  br label %177

174:                                              ; preds = %166
  %175 = add nsw i64 %167, 4
  %176 = icmp eq i64 %175, %164
  br i1 %176, label %190, label %166, !llvm.loop !19

177:                                              ; preds = %172, %181
  %178 = phi i64 [ %179, %181 ], [ %164, %172 ]
  %179 = add nsw i64 %178, -4
  %180 = icmp eq i64 %167, %179
  br i1 %180, label %190, label %181

181:                                              ; preds = %177
  %182 = getelementptr inbounds i8, ptr %149, i64 %179
  %183 = load i32, ptr %182, align 4, !tbaa !6
  %184 = and i32 %183, 1
  %185 = icmp eq i32 %184, 0
  br i1 %185, label %186, label %177, !llvm.loop !20

186:                                              ; preds = %181
  %187 = getelementptr inbounds i8, ptr %149, i64 %179
  store i32 %183, ptr %173, align 4, !tbaa !6
  store i32 %169, ptr %187, align 4, !tbaa !6
  %188 = add nsw i64 %167, 4
  %189 = icmp eq i64 %188, %179
  br i1 %189, label %190, label %163, !llvm.loop !21

190:                                              ; preds = %186, %174, %177
  %191 = phi i64 [ %167, %177 ], [ %164, %174 ], [ %179, %186 ]
  %192 = getelementptr inbounds i8, ptr %149, i64 %191
  %193 = ptrtoint ptr %192 to i64
  %194 = icmp eq i64 %191, 0
  br i1 %194, label %195, label %197

195:                                              ; preds = %190
  %196 = ptrtoint ptr %159 to i64
  br label %204

197:                                              ; preds = %190
  %198 = ashr exact i64 %191, 2
  %199 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %198, i1 true)
  %200 = shl nuw nsw i64 %199, 1
  %201 = sub nuw nsw i64 126, %200
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %162, i64 %193, i64 noundef %201, i8 undef)
  tail call void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %162, i64 %193, i8 undef)
  %202 = ptrtoint ptr %159 to i64
  %203 = icmp eq i64 %191, 40
  br i1 %203, label %211, label %204

204:                                              ; preds = %195, %197
  %205 = phi i64 [ %196, %195 ], [ %202, %197 ]
  %206 = sub nsw i64 40, %191
  %207 = ashr exact i64 %206, 2
  %208 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %207, i1 false)
  %209 = shl nuw nsw i64 %208, 1
  %210 = sub nsw i64 126, %209
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %193, i64 %205, i64 noundef %210, i8 undef)
  tail call void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %193, i64 %205, i8 undef)
  br label %211

211:                                              ; preds = %197, %204
  %212 = phi i64 [ %202, %197 ], [ %205, %204 ]
  %213 = ptrtoint ptr %152 to i64
  %214 = tail call i64 @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(i64 %162, i64 %213, i64 %212, i8 undef)
  %215 = load i32, ptr %149, align 4, !tbaa !6
  %216 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %215)
  %217 = load i32, ptr %150, align 4, !tbaa !6
  %218 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %217)
  %219 = load i32, ptr %151, align 4, !tbaa !6
  %220 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %219)
  %221 = load i32, ptr %152, align 4, !tbaa !6
  %222 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %221)
  %223 = load i32, ptr %153, align 4, !tbaa !6
  %224 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %223)
  %225 = load i32, ptr %154, align 4, !tbaa !6
  %226 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %225)
  %227 = load i32, ptr %155, align 4, !tbaa !6
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %227)
  %229 = load i32, ptr %156, align 4, !tbaa !6
  %230 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %229)
  %231 = load i32, ptr %157, align 4, !tbaa !6
  %232 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %231)
  %233 = load i32, ptr %158, align 4, !tbaa !6
  %234 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %233)
  %235 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %6) #20
  %236 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 0, ptr %236, align 8, !tbaa !22
  %237 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr null, ptr %237, align 8, !tbaa !28
  %238 = getelementptr inbounds i8, ptr %6, i64 24
  store ptr %236, ptr %238, align 8, !tbaa !29
  %239 = getelementptr inbounds i8, ptr %6, i64 32
  store ptr %236, ptr %239, align 8, !tbaa !30
  %240 = getelementptr inbounds i8, ptr %6, i64 40
  store i64 0, ptr %240, align 8, !tbaa !31
  %241 = getelementptr inbounds i8, ptr %7, i64 16
  %242 = getelementptr inbounds i8, ptr %7, i64 8
  br label %297

243:                                              ; preds = %0, %285
  %244 = phi i32 [ %19, %0 ], [ %286, %285 ]
  %245 = phi i32 [ 0, %0 ], [ %291, %285 ]
  %246 = phi ptr [ null, %0 ], [ %289, %285 ]
  %247 = phi ptr [ null, %0 ], [ %290, %285 ]
  %248 = phi ptr [ null, %0 ], [ %287, %285 ]
  %249 = mul i32 %244, 1664525
  %250 = add i32 %249, 1013904223
  store i32 %250, ptr @_ZL4seed, align 4, !tbaa !6
  %251 = lshr i32 %250, 8
  %252 = urem i32 %251, 500
  %253 = icmp eq ptr %247, %248
  br i1 %253, label %255, label %254

254:                                              ; preds = %243
  store i32 %252, ptr %247, align 4, !tbaa !6
  br label %285

255:                                              ; preds = %243
  %256 = ptrtoint ptr %247 to i64
  %257 = ptrtoint ptr %246 to i64
  %258 = sub i64 %256, %257
  %259 = icmp eq i64 %258, 9223372036854775804
  br i1 %259, label %260, label %261

260:                                              ; preds = %255
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.25) #18
  unreachable

261:                                              ; preds = %255
  %262 = ashr exact i64 %258, 2
  %263 = tail call i64 @llvm.umax.i64(i64 %262, i64 1)
  %264 = add nsw i64 %263, %262
  %265 = icmp ult i64 %264, %262
  %266 = tail call i64 @llvm.umin.i64(i64 %264, i64 2305843009213693951)
  %267 = select i1 %265, i64 2305843009213693951, i64 %266
  %268 = icmp eq i64 %267, 0
  br i1 %268, label %272, label %269

269:                                              ; preds = %261
  %270 = shl nuw nsw i64 %267, 2
  %271 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %270) #19
  br label %272

272:                                              ; preds = %269, %261
  %273 = phi ptr [ %271, %269 ], [ null, %261 ]
  %274 = getelementptr inbounds i32, ptr %273, i64 %262
  store i32 %252, ptr %274, align 4, !tbaa !6
  %275 = icmp sgt i64 %258, 0
  br i1 %275, label %276, label %277

276:                                              ; preds = %272
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %273, ptr align 4 %246, i64 %258, i1 false)
  br label %277

277:                                              ; preds = %272, %276
  %278 = getelementptr inbounds i8, ptr %273, i64 %258
  %279 = icmp eq ptr %246, null
  br i1 %279, label %282, label %280

280:                                              ; preds = %277
  tail call void @_ZdlPvm(ptr noundef nonnull %246, i64 noundef %258) #21
  %281 = load i32, ptr @_ZL4seed, align 4, !tbaa !6
  br label %282

282:                                              ; preds = %277, %280
  %283 = phi i32 [ %250, %277 ], [ %281, %280 ]
  %284 = getelementptr inbounds i32, ptr %273, i64 %267
  br label %285

285:                                              ; preds = %254, %282
  %286 = phi i32 [ %283, %282 ], [ %250, %254 ]
  %287 = phi ptr [ %284, %282 ], [ %248, %254 ]
  %288 = phi ptr [ %278, %282 ], [ %247, %254 ]
  %289 = phi ptr [ %273, %282 ], [ %246, %254 ]
  %290 = getelementptr inbounds i8, ptr %288, i64 4
  %291 = add nuw nsw i32 %245, 1
  %292 = icmp eq i32 %291, 1000
  br i1 %292, label %20, label %243, !llvm.loop !32

293:                                              ; preds = %326
  %294 = load ptr, ptr %238, align 8, !tbaa !29
  %295 = ptrtoint ptr %236 to i64
  %296 = icmp eq ptr %294, %236
  br i1 %296, label %329, label %518

297:                                              ; preds = %211, %326
  %298 = phi i64 [ 0, %211 ], [ %327, %326 ]
  %299 = getelementptr inbounds i8, ptr @__const.main.text, i64 %298
  %300 = load ptr, ptr %299, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #20
  store ptr %241, ptr %7, align 8, !tbaa !34
  %301 = icmp eq ptr %300, null
  br i1 %301, label %302, label %303

302:                                              ; preds = %297
  call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #18
  unreachable

303:                                              ; preds = %297
  %304 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %300) #20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #20
  store i64 %304, ptr %5, align 8, !tbaa !36
  %305 = icmp ugt i64 %304, 15
  br i1 %305, label %306, label %309

306:                                              ; preds = %303
  %307 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %7, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0) #20
  store ptr %307, ptr %7, align 8, !tbaa !37
  %308 = load i64, ptr %5, align 8, !tbaa !36
  store i64 %308, ptr %241, align 8, !tbaa !39
  br label %309

309:                                              ; preds = %306, %303
  %310 = phi ptr [ %307, %306 ], [ %241, %303 ]
  switch i64 %304, label %313 [
    i64 1, label %311
    i64 0, label %314
  ]

311:                                              ; preds = %309
  %312 = load i8, ptr %300, align 1, !tbaa !39
  store i8 %312, ptr %310, align 1, !tbaa !39
  br label %314

313:                                              ; preds = %309
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %310, ptr nonnull align 1 %300, i64 %304, i1 false)
  br label %314

314:                                              ; preds = %309, %311, %313
  %315 = load i64, ptr %5, align 8, !tbaa !36
  store i64 %315, ptr %242, align 8, !tbaa !40
  %316 = load ptr, ptr %7, align 8, !tbaa !37
  %317 = getelementptr inbounds i8, ptr %316, i64 %315
  store i8 0, ptr %317, align 1, !tbaa !39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #20
  %318 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %7)
  %319 = load i32, ptr %318, align 4, !tbaa !6
  %320 = add nsw i32 %319, 1
  store i32 %320, ptr %318, align 4, !tbaa !6
  %321 = load ptr, ptr %7, align 8, !tbaa !37
  %322 = icmp eq ptr %321, %241
  br i1 %322, label %326, label %323

323:                                              ; preds = %314
  %324 = load i64, ptr %241, align 8, !tbaa !39
  %325 = add i64 %324, 1
  call void @_ZdlPvm(ptr noundef %321, i64 noundef %325) #21
  br label %326

326:                                              ; preds = %314, %323
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #20
  %327 = add nuw nsw i64 %298, 8
  %328 = icmp eq i64 %327, 88
  br i1 %328, label %293, label %297

329:                                              ; preds = %518, %293
  %330 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #20
  %331 = getelementptr inbounds i8, ptr %8, i64 16
  store ptr %331, ptr %8, align 8, !tbaa !34
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(3) %331, ptr noundef nonnull align 1 dereferenceable(3) @.str.7, i64 3, i1 false)
  %332 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 3, ptr %332, align 8, !tbaa !40
  %333 = getelementptr inbounds i8, ptr %8, i64 19
  store i8 0, ptr %333, align 1, !tbaa !39
  %334 = call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %8)
  %335 = extractvalue [2 x i64] %334, 0
  %336 = extractvalue [2 x i64] %334, 1
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %6, i64 %335, i64 %336)
  %337 = load ptr, ptr %8, align 8, !tbaa !37
  %338 = icmp eq ptr %337, %331
  br i1 %338, label %342, label %339

339:                                              ; preds = %329
  %340 = load i64, ptr %331, align 8, !tbaa !39
  %341 = add i64 %340, 1
  call void @_ZdlPvm(ptr noundef %337, i64 noundef %341) #21
  br label %342

342:                                              ; preds = %329, %339
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #20
  %343 = getelementptr inbounds i8, ptr %9, i64 16
  store ptr %343, ptr %9, align 8, !tbaa !34
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %343, ptr noundef nonnull align 1 dereferenceable(5) @.str.5, i64 5, i1 false)
  %344 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 5, ptr %344, align 8, !tbaa !40
  %345 = getelementptr inbounds i8, ptr %9, i64 21
  store i8 0, ptr %345, align 1, !tbaa !39
  %346 = load ptr, ptr %237, align 8, !tbaa !28
  %347 = icmp eq ptr %346, null
  br i1 %347, label %397, label %348

348:                                              ; preds = %342, %365
  %349 = phi ptr [ %371, %365 ], [ %346, %342 ]
  %350 = phi ptr [ %368, %365 ], [ %236, %342 ]
  %351 = getelementptr inbounds i8, ptr %349, i64 40
  %352 = load i64, ptr %351, align 8, !tbaa !40
  %353 = icmp eq i64 %352, 0
  br i1 %353, label %360, label %354

354:                                              ; preds = %348
  %355 = call i64 @llvm.umin.i64(i64 %352, i64 5)
  %356 = getelementptr inbounds i8, ptr %349, i64 32
  %357 = load ptr, ptr %356, align 8, !tbaa !37
  %358 = call i32 @memcmp(ptr noundef %357, ptr noundef nonnull %343, i64 noundef %355) #20
  %359 = icmp eq i32 %358, 0
  br i1 %359, label %360, label %365

360:                                              ; preds = %354, %348
  %361 = add i64 %352, -5
  %362 = call i64 @llvm.smax.i64(i64 %361, i64 -2147483648)
  %363 = call i64 @llvm.smin.i64(i64 %362, i64 2147483647)
  %364 = trunc nsw i64 %363 to i32
  br label %365

365:                                              ; preds = %360, %354
  %366 = phi i32 [ %358, %354 ], [ %364, %360 ]
  %367 = icmp slt i32 %366, 0
  %368 = select i1 %367, ptr %350, ptr %349
  %369 = select i1 %367, i64 24, i64 16
  %370 = getelementptr inbounds i8, ptr %349, i64 %369
  %371 = load ptr, ptr %370, align 8, !tbaa !33
  %372 = icmp eq ptr %371, null
  br i1 %372, label %373, label %348, !llvm.loop !41

373:                                              ; preds = %365
  %374 = ptrtoint ptr %368 to i64
  %375 = icmp eq ptr %368, %236
  br i1 %375, label %397, label %376

376:                                              ; preds = %373
  %377 = select i1 %367, ptr %350, ptr %349
  %378 = getelementptr inbounds i8, ptr %377, i64 40
  %379 = load i64, ptr %378, align 8, !tbaa !40
  %380 = icmp eq i64 %379, 0
  br i1 %380, label %388, label %381

381:                                              ; preds = %376
  %382 = call i64 @llvm.umin.i64(i64 %379, i64 5)
  %383 = select i1 %367, ptr %350, ptr %349
  %384 = getelementptr inbounds i8, ptr %383, i64 32
  %385 = load ptr, ptr %384, align 8, !tbaa !37
  %386 = call i32 @memcmp(ptr noundef nonnull %343, ptr noundef %385, i64 noundef %382) #20
  %387 = icmp eq i32 %386, 0
  br i1 %387, label %388, label %393

388:                                              ; preds = %381, %376
  %389 = sub i64 5, %379
  %390 = call i64 @llvm.smax.i64(i64 %389, i64 -2147483648)
  %391 = call i64 @llvm.smin.i64(i64 %390, i64 2147483647)
  %392 = trunc nsw i64 %391 to i32
  br label %393

393:                                              ; preds = %388, %381
  %394 = phi i32 [ %386, %381 ], [ %392, %388 ]
  %395 = icmp slt i32 %394, 0
  %396 = select i1 %395, i64 %295, i64 %374
  br label %397

397:                                              ; preds = %342, %373, %393
  %398 = phi i64 [ %295, %373 ], [ %396, %393 ], [ %295, %342 ]
  %399 = inttoptr i64 %398 to ptr
  %400 = load i64, ptr %240, align 8, !tbaa !31
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #20
  %401 = icmp eq ptr %236, %399
  %402 = select i1 %401, ptr @.str.16, ptr @.str.15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %10) #20
  %403 = getelementptr inbounds i8, ptr %10, i64 16
  store ptr %403, ptr %10, align 8, !tbaa !34
  store i8 108, ptr %403, align 8, !tbaa !39
  %404 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 1, ptr %404, align 8, !tbaa !40
  %405 = getelementptr inbounds i8, ptr %10, i64 17
  store i8 0, ptr %405, align 1, !tbaa !39
  br i1 %347, label %431, label %406

406:                                              ; preds = %397, %423
  %407 = phi ptr [ %429, %423 ], [ %346, %397 ]
  %408 = phi ptr [ %426, %423 ], [ %236, %397 ]
  %409 = getelementptr inbounds i8, ptr %407, i64 40
  %410 = load i64, ptr %409, align 8, !tbaa !40
  %411 = icmp ne i64 %410, 0
  br i1 %411, label %412, label %418

412:                                              ; preds = %406
  %413 = zext i1 %411 to i64
  %414 = getelementptr inbounds i8, ptr %407, i64 32
  %415 = load ptr, ptr %414, align 8, !tbaa !37
  %416 = call i32 @memcmp(ptr noundef nonnull %403, ptr noundef %415, i64 noundef %413) #20
  %417 = icmp eq i32 %416, 0
  br i1 %417, label %418, label %423

418:                                              ; preds = %412, %406
  %419 = sub i64 1, %410
  %420 = call i64 @llvm.smax.i64(i64 %419, i64 -2147483648)
  %421 = call i64 @llvm.smin.i64(i64 %420, i64 2147483647)
  %422 = trunc nsw i64 %421 to i32
  br label %423

423:                                              ; preds = %418, %412
  %424 = phi i32 [ %416, %412 ], [ %422, %418 ]
  %425 = icmp slt i32 %424, 0
  %426 = select i1 %425, ptr %407, ptr %408
  %427 = select i1 %425, i64 16, i64 24
  %428 = getelementptr inbounds i8, ptr %407, i64 %427
  %429 = load ptr, ptr %428, align 8, !tbaa !33
  %430 = icmp eq ptr %429, null
  br i1 %430, label %431, label %406, !llvm.loop !42

431:                                              ; preds = %423, %397
  %432 = phi ptr [ %236, %397 ], [ %426, %423 ]
  %433 = getelementptr inbounds i8, ptr %432, i64 32
  %434 = load ptr, ptr %433, align 8, !tbaa !37
  %435 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef %400, ptr noundef nonnull %402, ptr noundef %434)
  %436 = load ptr, ptr %10, align 8, !tbaa !37
  %437 = icmp eq ptr %436, %403
  br i1 %437, label %441, label %438

438:                                              ; preds = %431
  %439 = load i64, ptr %403, align 8, !tbaa !39
  %440 = add i64 %439, 1
  call void @_ZdlPvm(ptr noundef %436, i64 noundef %440) #21
  br label %441

441:                                              ; preds = %431, %438
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %10) #20
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %11) #20
  %442 = getelementptr inbounds i8, ptr %11, i64 8
  %443 = getelementptr inbounds i8, ptr %11, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %11, i8 0, i64 24, i1 false)
  store ptr %442, ptr %443, align 8, !tbaa !29
  %444 = getelementptr inbounds i8, ptr %11, i64 32
  store ptr %442, ptr %444, align 8, !tbaa !30
  %445 = getelementptr inbounds i8, ptr %11, i64 40
  store i64 0, ptr %445, align 8, !tbaa !31
  br i1 %26, label %446, label %448

446:                                              ; preds = %441
  %447 = getelementptr inbounds i8, ptr %11, i64 16
  br label %500

448:                                              ; preds = %441
  %449 = ptrtoint ptr %442 to i64
  br label %450

450:                                              ; preds = %472, %448
  %451 = phi ptr [ %289, %448 ], [ %473, %472 ]
  %452 = call [2 x i64] @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIiERKi(ptr noundef nonnull align 8 dereferenceable(48) %11, i64 %449, ptr noundef nonnull align 4 dereferenceable(4) %451)
  %453 = extractvalue [2 x i64] %452, 1
  %454 = icmp eq i64 %453, 0
  br i1 %454, label %472, label %455

455:                                              ; preds = %450
  %456 = extractvalue [2 x i64] %452, 0
  %457 = inttoptr i64 %453 to ptr
  %458 = icmp ne i64 %456, 0
  %459 = icmp eq ptr %442, %457
  %460 = or i1 %458, %459
  %461 = load i32, ptr %451, align 4, !tbaa !6
  br i1 %460, label %466, label %462

462:                                              ; preds = %455
  %463 = getelementptr inbounds i8, ptr %457, i64 32
  %464 = load i32, ptr %463, align 4, !tbaa !6
  %465 = icmp slt i32 %461, %464
  br label %466

466:                                              ; preds = %462, %455
  %467 = phi i1 [ true, %455 ], [ %465, %462 ]
  %468 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #19
  %469 = getelementptr inbounds i8, ptr %468, i64 32
  store i32 %461, ptr %469, align 4, !tbaa !6
  call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef %467, ptr noundef nonnull %468, ptr noundef nonnull %457, ptr noundef nonnull align 8 dereferenceable(32) %442) #20
  %470 = load i64, ptr %445, align 8, !tbaa !31
  %471 = add i64 %470, 1
  store i64 %471, ptr %445, align 8, !tbaa !31
  br label %472

472:                                              ; preds = %466, %450
  %473 = getelementptr inbounds i8, ptr %451, i64 4
  %474 = icmp eq ptr %451, %288
  br i1 %474, label %475, label %450, !llvm.loop !43

475:                                              ; preds = %472
  %476 = load i64, ptr %445, align 8, !tbaa !31
  %477 = getelementptr inbounds i8, ptr %11, i64 16
  %478 = load ptr, ptr %477, align 8, !tbaa !28
  %479 = getelementptr inbounds i8, ptr %11, i64 16
  %480 = icmp eq ptr %478, null
  br i1 %480, label %500, label %481

481:                                              ; preds = %475, %481
  %482 = phi ptr [ %490, %481 ], [ %478, %475 ]
  %483 = phi ptr [ %487, %481 ], [ %442, %475 ]
  %484 = getelementptr inbounds i8, ptr %482, i64 32
  %485 = load i32, ptr %484, align 4, !tbaa !6
  %486 = icmp slt i32 %485, 42
  %487 = select i1 %486, ptr %483, ptr %482
  %488 = select i1 %486, i64 24, i64 16
  %489 = getelementptr inbounds i8, ptr %482, i64 %488
  %490 = load ptr, ptr %489, align 8, !tbaa !33
  %491 = icmp eq ptr %490, null
  br i1 %491, label %492, label %481, !llvm.loop !44

492:                                              ; preds = %481
  %493 = icmp eq ptr %487, %442
  br i1 %493, label %500, label %494

494:                                              ; preds = %492
  %495 = select i1 %486, ptr %483, ptr %482
  %496 = getelementptr inbounds i8, ptr %495, i64 32
  %497 = load i32, ptr %496, align 4, !tbaa !6
  %498 = icmp sgt i32 %497, 42
  %499 = select i1 %498, ptr %442, ptr %487
  br label %500

500:                                              ; preds = %446, %475, %492, %494
  %501 = phi ptr [ %479, %492 ], [ %479, %494 ], [ %479, %475 ], [ %447, %446 ]
  %502 = phi i64 [ %476, %492 ], [ %476, %494 ], [ %476, %475 ], [ 0, %446 ]
  %503 = phi ptr [ %442, %492 ], [ %499, %494 ], [ %442, %475 ], [ %442, %446 ]
  %504 = icmp ne ptr %503, %442
  %505 = zext i1 %504 to i64
  %506 = load ptr, ptr %443, align 8, !tbaa !29
  %507 = getelementptr inbounds i8, ptr %506, i64 32
  %508 = load i32, ptr %507, align 4, !tbaa !6
  %509 = call noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef nonnull %442) #22
  %510 = getelementptr inbounds i8, ptr %509, i64 32
  %511 = load i32, ptr %510, align 4, !tbaa !6
  %512 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %502, i64 noundef %505, i32 noundef %508, i32 noundef %511)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %12) #20
  %513 = getelementptr inbounds i8, ptr %12, i64 48
  store ptr %513, ptr %12, align 8, !tbaa !45
  %514 = getelementptr inbounds i8, ptr %12, i64 8
  store i64 1, ptr %514, align 8, !tbaa !50
  %515 = getelementptr inbounds i8, ptr %12, i64 16
  %516 = getelementptr inbounds i8, ptr %12, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %515, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %516, align 8, !tbaa !51
  %517 = getelementptr inbounds i8, ptr %12, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %517, i8 0, i64 16, i1 false)
  br i1 %26, label %764, label %796

518:                                              ; preds = %293, %518
  %519 = phi ptr [ %525, %518 ], [ %294, %293 ]
  %520 = getelementptr inbounds i8, ptr %519, i64 32
  %521 = getelementptr inbounds i8, ptr %519, i64 64
  %522 = load ptr, ptr %520, align 8, !tbaa !37
  %523 = load i32, ptr %521, align 4, !tbaa !6
  %524 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %522, i32 noundef %523)
  %525 = call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef %519) #22
  %526 = icmp eq ptr %525, %236
  br i1 %526, label %329, label %518

527:                                              ; preds = %796
  %528 = load ptr, ptr %515, align 8, !tbaa !52
  %529 = icmp eq ptr %528, null
  br i1 %529, label %764, label %530

530:                                              ; preds = %527, %530
  %531 = phi i64 [ %534, %530 ], [ 0, %527 ]
  %532 = phi ptr [ %533, %530 ], [ %528, %527 ]
  %533 = load ptr, ptr %532, align 8, !tbaa !53
  %534 = add nuw nsw i64 %531, 1
  %535 = icmp eq ptr %533, null
  br i1 %535, label %536, label %530, !llvm.loop !54

536:                                              ; preds = %530
  %537 = icmp ugt i64 %531, 1152921504606846974
  br i1 %537, label %538, label %539

538:                                              ; preds = %536
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.26) #18
  unreachable

539:                                              ; preds = %536
  %540 = shl nuw nsw i64 %534, 3
  %541 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %540) #19
  br label %542

542:                                              ; preds = %542, %539
  %543 = phi i64 [ %549, %542 ], [ 0, %539 ]
  %544 = phi ptr [ %548, %542 ], [ %528, %539 ]
  %545 = getelementptr inbounds i8, ptr %541, i64 %543
  %546 = getelementptr inbounds i8, ptr %544, i64 8
  %547 = load <2 x i32>, ptr %546, align 4, !tbaa !6
  store <2 x i32> %547, ptr %545, align 4, !tbaa !6
  %548 = load ptr, ptr %544, align 8, !tbaa !53
  %549 = add nuw nsw i64 %543, 8
  %550 = icmp eq ptr %548, null
  br i1 %550, label %551, label %542, !llvm.loop !55

551:                                              ; preds = %542
  %552 = getelementptr inbounds i8, ptr %541, i64 %543
  %553 = getelementptr inbounds %"struct.std::pair.27", ptr %541, i64 %534
  %554 = getelementptr inbounds i8, ptr %541, i64 %549
  %555 = ptrtoint ptr %541 to i64
  %556 = ptrtoint ptr %554 to i64
  %557 = lshr exact i64 %549, 3
  %558 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %557, i1 true)
  %559 = shl nuw nsw i64 %558, 1
  %560 = sub nuw nsw i64 126, %559
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(i64 %555, i64 %556, i64 noundef %560, i64 0)
  %561 = icmp ugt i64 %543, 120
  br i1 %561, label %562, label %663

562:                                              ; preds = %551, %618
  %563 = phi i64 [ %621, %618 ], [ 8, %551 ]
  %564 = phi ptr [ %565, %618 ], [ %541, %551 ]
  %565 = getelementptr inbounds i8, ptr %541, i64 %563
  %566 = load i64, ptr %565, align 4
  %567 = load i64, ptr %541, align 4
  %568 = lshr i64 %566, 32
  %569 = lshr i64 %567, 32
  %570 = icmp eq i64 %568, %569
  %571 = trunc nuw i64 %569 to i32
  %572 = trunc nuw i64 %568 to i32
  %573 = icmp sgt i32 %572, %571
  %574 = trunc i64 %567 to i32
  %575 = trunc i64 %566 to i32
  %576 = icmp slt i32 %575, %574
  %577 = select i1 %570, i1 %576, i1 %573
  br i1 %577, label %578, label %593

578:                                              ; preds = %562
  %579 = lshr exact i64 %563, 3
  %580 = getelementptr inbounds i8, ptr %564, i64 16
  br label %581

581:                                              ; preds = %581, %578
  %582 = phi i64 [ %591, %581 ], [ %579, %578 ]
  %583 = phi ptr [ %586, %581 ], [ %580, %578 ]
  %584 = phi ptr [ %585, %581 ], [ %565, %578 ]
  %585 = getelementptr inbounds i8, ptr %584, i64 -8
  %586 = getelementptr inbounds i8, ptr %583, i64 -8
  %587 = load i32, ptr %585, align 4, !tbaa !6
  store i32 %587, ptr %586, align 4, !tbaa !56
  %588 = getelementptr inbounds i8, ptr %584, i64 -4
  %589 = load i32, ptr %588, align 4, !tbaa !6
  %590 = getelementptr inbounds i8, ptr %583, i64 -4
  store i32 %589, ptr %590, align 4, !tbaa !58
  %591 = add nsw i64 %582, -1
  %592 = icmp ugt i64 %582, 1
  br i1 %592, label %581, label %618, !llvm.loop !59

593:                                              ; preds = %562
  %594 = load i64, ptr %564, align 4
  %595 = lshr i64 %594, 32
  %596 = icmp eq i64 %568, %595
  %597 = trunc nuw i64 %595 to i32
  %598 = icmp sgt i32 %572, %597
  %599 = trunc i64 %594 to i32
  %600 = icmp slt i32 %575, %599
  %601 = select i1 %596, i1 %600, i1 %598
  br i1 %601, label %602, label %618

602:                                              ; preds = %593, %602
  %603 = phi i32 [ %615, %602 ], [ %599, %593 ]
  %604 = phi ptr [ %609, %602 ], [ %564, %593 ]
  %605 = phi ptr [ %604, %602 ], [ %565, %593 ]
  store i32 %603, ptr %605, align 4, !tbaa !56
  %606 = getelementptr inbounds i8, ptr %605, i64 -4
  %607 = load i32, ptr %606, align 4, !tbaa !6
  %608 = getelementptr inbounds i8, ptr %605, i64 4
  store i32 %607, ptr %608, align 4, !tbaa !58
  %609 = getelementptr inbounds i8, ptr %604, i64 -8
  %610 = load i64, ptr %609, align 4
  %611 = lshr i64 %610, 32
  %612 = icmp eq i64 %568, %611
  %613 = trunc nuw i64 %611 to i32
  %614 = icmp sgt i32 %572, %613
  %615 = trunc i64 %610 to i32
  %616 = icmp slt i32 %575, %615
  %617 = select i1 %612, i1 %616, i1 %614
  br i1 %617, label %602, label %618, !llvm.loop !60

618:                                              ; preds = %602, %581, %593
  %619 = phi ptr [ %565, %593 ], [ %541, %581 ], [ %604, %602 ]
  store i32 %575, ptr %619, align 4, !tbaa !56
  %620 = getelementptr inbounds i8, ptr %619, i64 4
  store i32 %572, ptr %620, align 4, !tbaa !58
  %621 = add nuw nsw i64 %563, 8
  %622 = icmp eq i64 %621, 128
  br i1 %622, label %623, label %562, !llvm.loop !61

623:                                              ; preds = %618
  %624 = icmp eq i64 %549, 128
  br i1 %624, label %764, label %625

625:                                              ; preds = %623
  %626 = getelementptr inbounds i8, ptr %541, i64 128
  br label %627

627:                                              ; preds = %625, %658
  %628 = phi ptr [ %661, %658 ], [ %626, %625 ]
  %629 = load i64, ptr %628, align 4
  %630 = lshr i64 %629, 32
  %631 = trunc nuw i64 %630 to i32
  %632 = trunc i64 %629 to i32
  %633 = getelementptr inbounds i8, ptr %628, i64 -8
  %634 = load i64, ptr %633, align 4
  %635 = lshr i64 %634, 32
  %636 = icmp eq i64 %630, %635
  %637 = trunc nuw i64 %635 to i32
  %638 = icmp sgt i32 %631, %637
  %639 = trunc i64 %634 to i32
  %640 = icmp slt i32 %632, %639
  %641 = select i1 %636, i1 %640, i1 %638
  br i1 %641, label %642, label %658

642:                                              ; preds = %627, %642
  %643 = phi i32 [ %655, %642 ], [ %639, %627 ]
  %644 = phi ptr [ %649, %642 ], [ %633, %627 ]
  %645 = phi ptr [ %644, %642 ], [ %628, %627 ]
  store i32 %643, ptr %645, align 4, !tbaa !56
  %646 = getelementptr inbounds i8, ptr %645, i64 -4
  %647 = load i32, ptr %646, align 4, !tbaa !6
  %648 = getelementptr inbounds i8, ptr %645, i64 4
  store i32 %647, ptr %648, align 4, !tbaa !58
  %649 = getelementptr inbounds i8, ptr %644, i64 -8
  %650 = load i64, ptr %649, align 4
  %651 = lshr i64 %650, 32
  %652 = icmp eq i64 %630, %651
  %653 = trunc nuw i64 %651 to i32
  %654 = icmp sgt i32 %631, %653
  %655 = trunc i64 %650 to i32
  %656 = icmp slt i32 %632, %655
  %657 = select i1 %652, i1 %656, i1 %654
  br i1 %657, label %642, label %658, !llvm.loop !60

658:                                              ; preds = %642, %627
  %659 = phi ptr [ %628, %627 ], [ %644, %642 ]
  store i32 %632, ptr %659, align 4, !tbaa !56
  %660 = getelementptr inbounds i8, ptr %659, i64 4
  store i32 %631, ptr %660, align 4, !tbaa !58
  %661 = getelementptr inbounds i8, ptr %628, i64 8
  %662 = icmp eq ptr %661, %554
  br i1 %662, label %764, label %627, !llvm.loop !62

663:                                              ; preds = %551
  %664 = icmp eq i64 %543, 0
  br i1 %664, label %764, label %665

665:                                              ; preds = %663, %760
  %666 = phi ptr [ %667, %760 ], [ %541, %663 ]
  %667 = getelementptr inbounds i8, ptr %666, i64 8
  %668 = load i64, ptr %667, align 4
  %669 = load i64, ptr %541, align 4
  %670 = lshr i64 %668, 32
  %671 = lshr i64 %669, 32
  %672 = icmp eq i64 %670, %671
  %673 = trunc nuw i64 %671 to i32
  %674 = trunc nuw i64 %670 to i32
  %675 = icmp sgt i32 %674, %673
  %676 = trunc i64 %669 to i32
  %677 = trunc i64 %668 to i32
  %678 = icmp slt i32 %677, %676
  %679 = select i1 %672, i1 %678, i1 %675
  br i1 %679, label %680, label %735

680:                                              ; preds = %665
  %681 = ptrtoint ptr %667 to i64
  %682 = sub i64 %681, %555
  %683 = ashr exact i64 %682, 3
  %684 = icmp sgt i64 %683, 0
  br i1 %684, label %685, label %760

685:                                              ; preds = %680
  %686 = getelementptr inbounds i8, ptr %666, i64 16
  %687 = icmp ult i64 %683, 4
  br i1 %687, label %708, label %688

688:                                              ; preds = %685
  %689 = and i64 %683, 9223372036854775804
  %690 = and i64 %683, 3
  %691 = mul i64 %689, -8
  %692 = getelementptr i8, ptr %686, i64 %691
  %693 = mul i64 %689, -8
  %694 = getelementptr i8, ptr %667, i64 %693
  %695 = getelementptr i8, ptr %667, i64 -32
  %696 = getelementptr i8, ptr %686, i64 -32
  br label %697

697:                                              ; preds = %697, %688
  %698 = phi i64 [ 0, %688 ], [ %704, %697 ]
  %699 = mul i64 %698, -8
  %700 = mul i64 %698, -8
  %701 = getelementptr i8, ptr %695, i64 %700
  %702 = load <8 x i32>, ptr %701, align 4, !tbaa !6
  %703 = getelementptr i8, ptr %696, i64 %699
  store <8 x i32> %702, ptr %703, align 4, !tbaa !6
  %704 = add nuw i64 %698, 4
  %705 = icmp eq i64 %704, %689
  br i1 %705, label %706, label %697, !llvm.loop !63

706:                                              ; preds = %697
  %707 = icmp eq i64 %683, %689
  br i1 %707, label %760, label %708

708:                                              ; preds = %685, %706
  %709 = phi i64 [ %683, %685 ], [ %690, %706 ]
  %710 = phi ptr [ %686, %685 ], [ %692, %706 ]
  %711 = phi ptr [ %667, %685 ], [ %694, %706 ]
  %712 = getelementptr inbounds i8, ptr %711, i64 -8
  %713 = getelementptr inbounds i8, ptr %710, i64 -8
  %714 = load i32, ptr %712, align 4, !tbaa !6
  store i32 %714, ptr %713, align 4, !tbaa !56
  %715 = getelementptr inbounds i8, ptr %711, i64 -4
  %716 = load i32, ptr %715, align 4, !tbaa !6
  %717 = getelementptr inbounds i8, ptr %710, i64 -4
  store i32 %716, ptr %717, align 4, !tbaa !58
  %718 = icmp ugt i64 %709, 1
  br i1 %718, label %719, label %760, !llvm.loop !64

719:                                              ; preds = %708
  %720 = getelementptr inbounds i8, ptr %711, i64 -16
  %721 = getelementptr inbounds i8, ptr %710, i64 -16
  %722 = load i32, ptr %720, align 4, !tbaa !6
  store i32 %722, ptr %721, align 4, !tbaa !56
  %723 = getelementptr inbounds i8, ptr %711, i64 -12
  %724 = load i32, ptr %723, align 4, !tbaa !6
  %725 = getelementptr inbounds i8, ptr %710, i64 -12
  store i32 %724, ptr %725, align 4, !tbaa !58
  %726 = add nsw i64 %709, -3
  %727 = icmp ult i64 %726, -2
  br i1 %727, label %728, label %760, !llvm.loop !64

728:                                              ; preds = %719
  %729 = getelementptr inbounds i8, ptr %711, i64 -24
  %730 = getelementptr inbounds i8, ptr %710, i64 -24
  %731 = load i32, ptr %729, align 4, !tbaa !6
  store i32 %731, ptr %730, align 4, !tbaa !56
  %732 = getelementptr inbounds i8, ptr %711, i64 -20
  %733 = load i32, ptr %732, align 4, !tbaa !6
  %734 = getelementptr inbounds i8, ptr %710, i64 -20
  store i32 %733, ptr %734, align 4, !tbaa !58
  br label %760

735:                                              ; preds = %665
  %736 = load i64, ptr %666, align 4
  %737 = lshr i64 %736, 32
  %738 = icmp eq i64 %670, %737
  %739 = trunc nuw i64 %737 to i32
  %740 = icmp sgt i32 %674, %739
  %741 = trunc i64 %736 to i32
  %742 = icmp slt i32 %677, %741
  %743 = select i1 %738, i1 %742, i1 %740
  br i1 %743, label %744, label %760

744:                                              ; preds = %735, %744
  %745 = phi i32 [ %757, %744 ], [ %741, %735 ]
  %746 = phi ptr [ %751, %744 ], [ %666, %735 ]
  %747 = phi ptr [ %746, %744 ], [ %667, %735 ]
  store i32 %745, ptr %747, align 4, !tbaa !56
  %748 = getelementptr inbounds i8, ptr %747, i64 -4
  %749 = load i32, ptr %748, align 4, !tbaa !6
  %750 = getelementptr inbounds i8, ptr %747, i64 4
  store i32 %749, ptr %750, align 4, !tbaa !58
  %751 = getelementptr inbounds i8, ptr %746, i64 -8
  %752 = load i64, ptr %751, align 4
  %753 = lshr i64 %752, 32
  %754 = icmp eq i64 %670, %753
  %755 = trunc nuw i64 %753 to i32
  %756 = icmp sgt i32 %674, %755
  %757 = trunc i64 %752 to i32
  %758 = icmp slt i32 %677, %757
  %759 = select i1 %754, i1 %758, i1 %756
  br i1 %759, label %744, label %760, !llvm.loop !60

760:                                              ; preds = %744, %708, %719, %728, %706, %735, %680
  %761 = phi ptr [ %541, %680 ], [ %667, %735 ], [ %541, %706 ], [ %541, %728 ], [ %541, %719 ], [ %541, %708 ], [ %746, %744 ]
  store i32 %677, ptr %761, align 4, !tbaa !56
  %762 = getelementptr inbounds i8, ptr %761, i64 4
  store i32 %674, ptr %762, align 4, !tbaa !58
  %763 = icmp eq ptr %667, %552
  br i1 %763, label %764, label %665, !llvm.loop !61

764:                                              ; preds = %760, %658, %500, %527, %623, %663
  %765 = phi i64 [ %555, %623 ], [ %555, %663 ], [ 0, %527 ], [ 0, %500 ], [ %555, %658 ], [ %555, %760 ]
  %766 = phi ptr [ %553, %623 ], [ %553, %663 ], [ null, %527 ], [ null, %500 ], [ %553, %658 ], [ %553, %760 ]
  %767 = phi ptr [ %541, %623 ], [ %541, %663 ], [ null, %527 ], [ null, %500 ], [ %541, %658 ], [ %541, %760 ]
  %768 = load i64, ptr %514, align 8, !tbaa !50
  %769 = icmp ne i64 %768, 0
  %770 = zext i1 %769 to i64
  %771 = getelementptr inbounds i8, ptr %12, i64 24
  %772 = load i64, ptr %771, align 8, !tbaa !65
  %773 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i64 noundef %770, i64 noundef %772)
  %774 = load i32, ptr %767, align 4, !tbaa !56
  %775 = getelementptr inbounds i8, ptr %767, i64 4
  %776 = load i32, ptr %775, align 4, !tbaa !58
  %777 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %774, i32 noundef %776)
  %778 = getelementptr inbounds i8, ptr %767, i64 8
  %779 = load i32, ptr %778, align 4, !tbaa !56
  %780 = getelementptr inbounds i8, ptr %767, i64 12
  %781 = load i32, ptr %780, align 4, !tbaa !58
  %782 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %779, i32 noundef %781)
  %783 = getelementptr inbounds i8, ptr %767, i64 16
  %784 = load i32, ptr %783, align 4, !tbaa !56
  %785 = getelementptr inbounds i8, ptr %767, i64 20
  %786 = load i32, ptr %785, align 4, !tbaa !58
  %787 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %784, i32 noundef %786)
  %788 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %14) #20
  %789 = getelementptr inbounds i8, ptr %14, i64 48
  store ptr %789, ptr %14, align 8, !tbaa !66
  %790 = getelementptr inbounds i8, ptr %14, i64 8
  store i64 1, ptr %790, align 8, !tbaa !68
  %791 = getelementptr inbounds i8, ptr %14, i64 16
  %792 = getelementptr inbounds i8, ptr %14, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %791, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %792, align 8, !tbaa !51
  %793 = getelementptr inbounds i8, ptr %14, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %793, i8 0, i64 16, i1 false)
  %794 = getelementptr inbounds i8, ptr %15, i64 16
  %795 = getelementptr inbounds i8, ptr %15, i64 8
  br label %822

796:                                              ; preds = %500, %796
  %797 = phi ptr [ %803, %796 ], [ %289, %500 ]
  %798 = load i32, ptr %797, align 4, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %13) #20
  %799 = srem i32 %798, 37
  store i32 %799, ptr %13, align 4, !tbaa !6
  %800 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt8__detail9_Map_baseIiSt4pairIKiiESaIS3_ENS_10_Select1stESt8equal_toIiESt4hashIiENS_18_Mod_range_hashingENS_20_Default_ranged_hashENS_20_Prime_rehash_policyENS_17_Hashtable_traitsILb0ELb0ELb1EEELb1EEixEOi(ptr noundef nonnull align 1 dereferenceable(1) %12, ptr noundef nonnull align 4 dereferenceable(4) %13)
  %801 = load i32, ptr %800, align 4, !tbaa !6
  %802 = add nsw i32 %801, 1
  store i32 %802, ptr %800, align 4, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %13) #20
  %803 = getelementptr inbounds i8, ptr %797, i64 4
  %804 = icmp eq ptr %797, %288
  br i1 %804, label %527, label %796

805:                                              ; preds = %855
  %806 = getelementptr inbounds i8, ptr %14, i64 24
  %807 = load i64, ptr %806, align 8, !tbaa !69
  %808 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i64 noundef %807, i32 noundef %849)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %16) #20
  %809 = getelementptr inbounds i8, ptr %16, i64 8
  store i64 8, ptr %809, align 8, !tbaa !70
  %810 = call noalias noundef nonnull dereferenceable(64) ptr @_Znwm(i64 noundef 64) #19
  store ptr %810, ptr %16, align 8, !tbaa !73
  %811 = getelementptr inbounds i8, ptr %810, i64 24
  %812 = call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #19
  store ptr %812, ptr %811, align 8, !tbaa !33
  %813 = getelementptr inbounds i8, ptr %16, i64 16
  %814 = getelementptr inbounds i8, ptr %16, i64 40
  store ptr %811, ptr %814, align 8, !tbaa !74
  %815 = getelementptr inbounds i8, ptr %16, i64 24
  store ptr %812, ptr %815, align 8, !tbaa !75
  %816 = getelementptr inbounds i8, ptr %812, i64 512
  %817 = getelementptr inbounds i8, ptr %16, i64 32
  store ptr %816, ptr %817, align 8, !tbaa !76
  %818 = getelementptr inbounds i8, ptr %16, i64 48
  %819 = getelementptr inbounds i8, ptr %16, i64 72
  store ptr %811, ptr %819, align 8, !tbaa !74
  %820 = getelementptr inbounds i8, ptr %16, i64 56
  store ptr %812, ptr %820, align 8, !tbaa !75
  %821 = getelementptr inbounds i8, ptr %16, i64 64
  store ptr %816, ptr %821, align 8, !tbaa !76
  store ptr %812, ptr %813, align 8, !tbaa !77
  store ptr %812, ptr %818, align 8, !tbaa !78
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %17) #20
  store i32 0, ptr %17, align 4, !tbaa !6
  br label %865

822:                                              ; preds = %764, %855
  %823 = phi i32 [ 0, %764 ], [ %849, %855 ]
  %824 = phi i64 [ 0, %764 ], [ %856, %855 ]
  %825 = getelementptr inbounds i8, ptr @__const.main.text, i64 %824
  %826 = load ptr, ptr %825, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #20
  store ptr %794, ptr %15, align 8, !tbaa !34
  %827 = icmp eq ptr %826, null
  br i1 %827, label %828, label %829

828:                                              ; preds = %822
  call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #18
  unreachable

829:                                              ; preds = %822
  %830 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %826) #20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #20
  store i64 %830, ptr %4, align 8, !tbaa !36
  %831 = icmp ugt i64 %830, 15
  br i1 %831, label %832, label %835

832:                                              ; preds = %829
  %833 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0) #20
  store ptr %833, ptr %15, align 8, !tbaa !37
  %834 = load i64, ptr %4, align 8, !tbaa !36
  store i64 %834, ptr %794, align 8, !tbaa !39
  br label %835

835:                                              ; preds = %832, %829
  %836 = phi ptr [ %833, %832 ], [ %794, %829 ]
  switch i64 %830, label %839 [
    i64 1, label %837
    i64 0, label %840
  ]

837:                                              ; preds = %835
  %838 = load i8, ptr %826, align 1, !tbaa !39
  store i8 %838, ptr %836, align 1, !tbaa !39
  br label %840

839:                                              ; preds = %835
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %836, ptr nonnull align 1 %826, i64 %830, i1 false)
  br label %840

840:                                              ; preds = %835, %837, %839
  %841 = load i64, ptr %4, align 8, !tbaa !36
  store i64 %841, ptr %795, align 8, !tbaa !40
  %842 = load ptr, ptr %15, align 8, !tbaa !37
  %843 = getelementptr inbounds i8, ptr %842, i64 %841
  store i8 0, ptr %843, align 1, !tbaa !39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  store ptr %14, ptr %3, align 8, !tbaa !33
  %844 = call [2 x i64] @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %14, ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(8) %3)
  %845 = extractvalue [2 x i64] %844, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  %846 = trunc i64 %845 to i32
  %847 = and i32 %846, 1
  %848 = xor i32 %847, 1
  %849 = add nuw nsw i32 %848, %823
  %850 = load ptr, ptr %15, align 8, !tbaa !37
  %851 = icmp eq ptr %850, %794
  br i1 %851, label %855, label %852

852:                                              ; preds = %840
  %853 = load i64, ptr %794, align 8, !tbaa !39
  %854 = add i64 %853, 1
  call void @_ZdlPvm(ptr noundef %850, i64 noundef %854) #21
  br label %855

855:                                              ; preds = %840, %852
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #20
  %856 = add nuw nsw i64 %824, 8
  %857 = icmp eq i64 %856, 88
  br i1 %857, label %805, label %822

858:                                              ; preds = %884
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %17) #20
  %859 = load ptr, ptr %813, align 8, !tbaa !79, !noalias !80
  %860 = load ptr, ptr %818, align 8, !tbaa !79, !noalias !80
  %861 = icmp eq ptr %859, %860
  br i1 %861, label %891, label %862

862:                                              ; preds = %858
  %863 = load ptr, ptr %814, align 8, !tbaa !74, !noalias !81
  %864 = load ptr, ptr %817, align 8, !tbaa !76, !noalias !81
  br label %994

865:                                              ; preds = %805, %884
  %866 = phi i32 [ 0, %805 ], [ %886, %884 ]
  %867 = and i32 %866, 1
  %868 = icmp eq i32 %867, 0
  br i1 %868, label %876, label %869

869:                                              ; preds = %865
  %870 = load ptr, ptr %813, align 8, !tbaa !77
  %871 = load ptr, ptr %815, align 8, !tbaa !84
  %872 = icmp eq ptr %870, %871
  br i1 %872, label %875, label %873

873:                                              ; preds = %869
  %874 = getelementptr inbounds i8, ptr %870, i64 -4
  store i32 %866, ptr %874, align 4, !tbaa !6
  store ptr %874, ptr %813, align 8, !tbaa !77
  br label %884

875:                                              ; preds = %869
  call void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %16, ptr noundef nonnull align 4 dereferenceable(4) %17)
  br label %884

876:                                              ; preds = %865
  %877 = load ptr, ptr %818, align 8, !tbaa !78
  %878 = load ptr, ptr %821, align 8, !tbaa !85
  %879 = getelementptr inbounds i8, ptr %878, i64 -4
  %880 = icmp eq ptr %877, %879
  br i1 %880, label %883, label %881

881:                                              ; preds = %876
  store i32 %866, ptr %877, align 4, !tbaa !6
  %882 = getelementptr inbounds i8, ptr %877, i64 4
  store ptr %882, ptr %818, align 8, !tbaa !78
  br label %884

883:                                              ; preds = %876
  call void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %16, ptr noundef nonnull align 4 dereferenceable(4) %17)
  br label %884

884:                                              ; preds = %883, %881, %875, %873
  %885 = load i32, ptr %17, align 4, !tbaa !6
  %886 = add nsw i32 %885, 1
  store i32 %886, ptr %17, align 4, !tbaa !6
  %887 = icmp slt i32 %885, 9
  br i1 %887, label %865, label %858, !llvm.loop !86

888:                                              ; preds = %1006
  %889 = load ptr, ptr %813, align 8, !tbaa !79, !noalias !87
  %890 = load ptr, ptr %818, align 8, !tbaa !79, !noalias !90
  br label %891

891:                                              ; preds = %888, %858
  %892 = phi ptr [ %890, %888 ], [ %860, %858 ]
  %893 = phi ptr [ %889, %888 ], [ %859, %858 ]
  %894 = load i32, ptr %893, align 4, !tbaa !6
  %895 = load ptr, ptr %820, align 8, !tbaa !75, !noalias !90
  %896 = icmp eq ptr %892, %895
  br i1 %896, label %897, label %902

897:                                              ; preds = %891
  %898 = load ptr, ptr %819, align 8, !tbaa !74, !noalias !90
  %899 = getelementptr inbounds i8, ptr %898, i64 -8
  %900 = load ptr, ptr %899, align 8, !tbaa !33
  %901 = getelementptr inbounds i8, ptr %900, i64 512
  br label %902

902:                                              ; preds = %891, %897
  %903 = phi ptr [ %901, %897 ], [ %892, %891 ]
  %904 = getelementptr inbounds i8, ptr %903, i64 -4
  %905 = load i32, ptr %904, align 4, !tbaa !6
  %906 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef %894, i32 noundef %905)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %18) #20
  %907 = getelementptr inbounds i8, ptr %18, i64 8
  store ptr %18, ptr %907, align 8, !tbaa !93
  store ptr %18, ptr %18, align 8, !tbaa !95
  %908 = getelementptr inbounds i8, ptr %18, i64 16
  store i64 0, ptr %908, align 8, !tbaa !96
  br label %909

909:                                              ; preds = %902, %909
  %910 = phi i64 [ %917, %909 ], [ 0, %902 ]
  %911 = getelementptr inbounds i8, ptr %289, i64 %910
  %912 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #19
  %913 = getelementptr inbounds i8, ptr %912, i64 16
  %914 = load i32, ptr %911, align 4, !tbaa !6
  store i32 %914, ptr %913, align 4, !tbaa !6
  call void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16) %912, ptr noundef nonnull %18) #20
  %915 = load i64, ptr %908, align 8, !tbaa !98
  %916 = add i64 %915, 1
  store i64 %916, ptr %908, align 8, !tbaa !98
  %917 = add nuw nsw i64 %910, 4
  %918 = icmp eq i64 %917, 80
  br i1 %918, label %919, label %909, !llvm.loop !101

919:                                              ; preds = %909
  call void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %18)
  %920 = load ptr, ptr %18, align 8, !tbaa !95
  %921 = icmp eq ptr %920, %18
  br i1 %921, label %959, label %922

922:                                              ; preds = %919
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #20
  %923 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %923, align 8, !tbaa !93
  store ptr %2, ptr %2, align 8, !tbaa !95
  %924 = getelementptr inbounds i8, ptr %2, i64 16
  store i64 0, ptr %924, align 8, !tbaa !96
  %925 = load ptr, ptr %920, align 8, !tbaa !95
  %926 = icmp eq ptr %925, %18
  br i1 %926, label %957, label %927

927:                                              ; preds = %922, %946
  %928 = phi ptr [ %948, %946 ], [ %925, %922 ]
  %929 = phi ptr [ %947, %946 ], [ %920, %922 ]
  %930 = getelementptr inbounds i8, ptr %929, i64 16
  %931 = load i32, ptr %930, align 4, !tbaa !6
  %932 = getelementptr inbounds i8, ptr %928, i64 16
  %933 = load i32, ptr %932, align 4, !tbaa !6
  %934 = icmp eq i32 %931, %933
  br i1 %934, label %935, label %946

935:                                              ; preds = %927
  %936 = load ptr, ptr %2, align 8, !tbaa !95
  %937 = load ptr, ptr %928, align 8, !tbaa !95
  %938 = icmp eq ptr %936, %928
  %939 = icmp eq ptr %937, %936
  %940 = select i1 %938, i1 true, i1 %939
  br i1 %940, label %946, label %941

941:                                              ; preds = %935
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %936, ptr noundef nonnull %928, ptr noundef %937) #20
  %942 = load i64, ptr %924, align 8, !tbaa !98
  %943 = add i64 %942, 1
  store i64 %943, ptr %924, align 8, !tbaa !98
  %944 = load i64, ptr %908, align 8, !tbaa !98
  %945 = add i64 %944, -1
  store i64 %945, ptr %908, align 8, !tbaa !98
  br label %946

946:                                              ; preds = %941, %935, %927
  %947 = phi ptr [ %929, %935 ], [ %929, %941 ], [ %928, %927 ]
  %948 = load ptr, ptr %947, align 8, !tbaa !95
  %949 = icmp eq ptr %948, %18
  br i1 %949, label %950, label %927, !llvm.loop !102

950:                                              ; preds = %946
  %951 = load ptr, ptr %2, align 8, !tbaa !95
  %952 = icmp eq ptr %951, %2
  br i1 %952, label %957, label %953

953:                                              ; preds = %950, %953
  %954 = phi ptr [ %955, %953 ], [ %951, %950 ]
  %955 = load ptr, ptr %954, align 8, !tbaa !95
  call void @_ZdlPvm(ptr noundef %954, i64 noundef 24) #21
  %956 = icmp eq ptr %955, %2
  br i1 %956, label %957, label %953, !llvm.loop !103

957:                                              ; preds = %953, %950, %922
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #20
  %958 = load ptr, ptr %18, align 8, !tbaa !95
  br label %959

959:                                              ; preds = %919, %957
  %960 = phi ptr [ %920, %919 ], [ %958, %957 ]
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #20
  %961 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr %1, ptr %961, align 8, !tbaa !93
  store ptr %1, ptr %1, align 8, !tbaa !95
  %962 = getelementptr inbounds i8, ptr %1, i64 16
  store i64 0, ptr %962, align 8, !tbaa !96
  %963 = icmp eq ptr %960, %18
  br i1 %963, label %989, label %964

964:                                              ; preds = %959, %980
  %965 = phi ptr [ %966, %980 ], [ %960, %959 ]
  %966 = load ptr, ptr %965, align 8, !tbaa !95
  %967 = getelementptr inbounds i8, ptr %965, i64 16
  %968 = load i32, ptr %967, align 4, !tbaa !6
  %969 = icmp sgt i32 %968, 400
  br i1 %969, label %970, label %980

970:                                              ; preds = %964
  %971 = load ptr, ptr %1, align 8, !tbaa !95
  %972 = icmp eq ptr %971, %965
  %973 = icmp eq ptr %966, %971
  %974 = select i1 %972, i1 true, i1 %973
  br i1 %974, label %980, label %975

975:                                              ; preds = %970
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %971, ptr noundef nonnull %965, ptr noundef %966) #20
  %976 = load i64, ptr %962, align 8, !tbaa !98
  %977 = add i64 %976, 1
  store i64 %977, ptr %962, align 8, !tbaa !98
  %978 = load i64, ptr %908, align 8, !tbaa !98
  %979 = add i64 %978, -1
  store i64 %979, ptr %908, align 8, !tbaa !98
  br label %980

980:                                              ; preds = %975, %970, %964
  %981 = icmp eq ptr %966, %18
  br i1 %981, label %982, label %964, !llvm.loop !104

982:                                              ; preds = %980
  %983 = load ptr, ptr %1, align 8, !tbaa !95
  %984 = icmp eq ptr %983, %1
  br i1 %984, label %989, label %985

985:                                              ; preds = %982, %985
  %986 = phi ptr [ %987, %985 ], [ %983, %982 ]
  %987 = load ptr, ptr %986, align 8, !tbaa !95
  call void @_ZdlPvm(ptr noundef %986, i64 noundef 24) #21
  %988 = icmp eq ptr %987, %1
  br i1 %988, label %989, label %985, !llvm.loop !103

989:                                              ; preds = %985, %959, %982
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #20
  call void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16) %18) #20
  %990 = load i64, ptr %908, align 8, !tbaa !98
  %991 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %990)
  %992 = load ptr, ptr %18, align 8, !tbaa !95
  %993 = icmp eq ptr %992, %18
  br i1 %993, label %1011, label %1088

994:                                              ; preds = %862, %1006
  %995 = phi ptr [ %1009, %1006 ], [ %859, %862 ]
  %996 = phi ptr [ %1008, %1006 ], [ %864, %862 ]
  %997 = phi ptr [ %1007, %1006 ], [ %863, %862 ]
  %998 = load i32, ptr %995, align 4, !tbaa !6
  %999 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %998)
  %1000 = getelementptr inbounds i8, ptr %995, i64 4
  %1001 = icmp eq ptr %1000, %996
  br i1 %1001, label %1002, label %1006

1002:                                             ; preds = %994
  %1003 = getelementptr inbounds i8, ptr %997, i64 8
  %1004 = load ptr, ptr %1003, align 8, !tbaa !33
  %1005 = getelementptr inbounds i8, ptr %1004, i64 512
  br label %1006

1006:                                             ; preds = %994, %1002
  %1007 = phi ptr [ %1003, %1002 ], [ %997, %994 ]
  %1008 = phi ptr [ %1005, %1002 ], [ %996, %994 ]
  %1009 = phi ptr [ %1004, %1002 ], [ %1000, %994 ]
  %1010 = icmp eq ptr %1009, %860
  br i1 %1010, label %888, label %994

1011:                                             ; preds = %1088, %989
  %1012 = call i32 @putchar(i32 10)
  %1013 = load ptr, ptr %18, align 8, !tbaa !95
  %1014 = icmp eq ptr %1013, %18
  br i1 %1014, label %1019, label %1015

1015:                                             ; preds = %1011, %1015
  %1016 = phi ptr [ %1017, %1015 ], [ %1013, %1011 ]
  %1017 = load ptr, ptr %1016, align 8, !tbaa !95
  call void @_ZdlPvm(ptr noundef %1016, i64 noundef 24) #21
  %1018 = icmp eq ptr %1017, %18
  br i1 %1018, label %1019, label %1015, !llvm.loop !103

1019:                                             ; preds = %1015, %1011
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %18) #20
  %1020 = load ptr, ptr %16, align 8, !tbaa !73
  %1021 = icmp eq ptr %1020, null
  br i1 %1021, label %1038, label %1022

1022:                                             ; preds = %1019
  %1023 = load ptr, ptr %814, align 8, !tbaa !105
  %1024 = load ptr, ptr %819, align 8, !tbaa !106
  %1025 = getelementptr inbounds i8, ptr %1024, i64 8
  %1026 = icmp ult ptr %1023, %1025
  br i1 %1026, label %1027, label %1034

1027:                                             ; preds = %1022, %1027
  %1028 = phi ptr [ %1030, %1027 ], [ %1023, %1022 ]
  %1029 = load ptr, ptr %1028, align 8, !tbaa !33
  call void @_ZdlPvm(ptr noundef %1029, i64 noundef 512) #21
  %1030 = getelementptr inbounds i8, ptr %1028, i64 8
  %1031 = icmp ult ptr %1028, %1024
  br i1 %1031, label %1027, label %1032, !llvm.loop !107

1032:                                             ; preds = %1027
  %1033 = load ptr, ptr %16, align 8, !tbaa !73
  br label %1034

1034:                                             ; preds = %1032, %1022
  %1035 = phi ptr [ %1033, %1032 ], [ %1020, %1022 ]
  %1036 = load i64, ptr %809, align 8, !tbaa !70
  %1037 = shl i64 %1036, 3
  call void @_ZdlPvm(ptr noundef %1035, i64 noundef %1037) #21
  br label %1038

1038:                                             ; preds = %1019, %1034
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %16) #20
  %1039 = load ptr, ptr %791, align 8, !tbaa !108
  %1040 = icmp eq ptr %1039, null
  br i1 %1040, label %1053, label %1041

1041:                                             ; preds = %1038, %1051
  %1042 = phi ptr [ %1043, %1051 ], [ %1039, %1038 ]
  %1043 = load ptr, ptr %1042, align 8, !tbaa !53
  %1044 = getelementptr inbounds i8, ptr %1042, i64 8
  %1045 = load ptr, ptr %1044, align 8, !tbaa !37
  %1046 = getelementptr inbounds i8, ptr %1042, i64 24
  %1047 = icmp eq ptr %1045, %1046
  br i1 %1047, label %1051, label %1048

1048:                                             ; preds = %1041
  %1049 = load i64, ptr %1046, align 8, !tbaa !39
  %1050 = add i64 %1049, 1
  call void @_ZdlPvm(ptr noundef %1045, i64 noundef %1050) #21
  br label %1051

1051:                                             ; preds = %1048, %1041
  call void @_ZdlPvm(ptr noundef nonnull %1042, i64 noundef 48) #21
  %1052 = icmp eq ptr %1043, null
  br i1 %1052, label %1053, label %1041, !llvm.loop !109

1053:                                             ; preds = %1051, %1038
  %1054 = load ptr, ptr %14, align 8, !tbaa !66
  %1055 = load i64, ptr %790, align 8, !tbaa !68
  %1056 = shl i64 %1055, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1054, i8 0, i64 %1056, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %791, i8 0, i64 16, i1 false)
  %1057 = load ptr, ptr %14, align 8, !tbaa !66
  %1058 = icmp eq ptr %789, %1057
  br i1 %1058, label %1062, label %1059

1059:                                             ; preds = %1053
  %1060 = load i64, ptr %790, align 8, !tbaa !68
  %1061 = shl i64 %1060, 3
  call void @_ZdlPvm(ptr noundef %1057, i64 noundef %1061) #21
  br label %1062

1062:                                             ; preds = %1053, %1059
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %14) #20
  %1063 = ptrtoint ptr %766 to i64
  %1064 = sub i64 %1063, %765
  call void @_ZdlPvm(ptr noundef nonnull %767, i64 noundef %1064) #21
  %1065 = load ptr, ptr %515, align 8, !tbaa !52
  %1066 = icmp eq ptr %1065, null
  br i1 %1066, label %1071, label %1067

1067:                                             ; preds = %1062, %1067
  %1068 = phi ptr [ %1069, %1067 ], [ %1065, %1062 ]
  %1069 = load ptr, ptr %1068, align 8, !tbaa !53
  call void @_ZdlPvm(ptr noundef nonnull %1068, i64 noundef 16) #21
  %1070 = icmp eq ptr %1069, null
  br i1 %1070, label %1071, label %1067, !llvm.loop !110

1071:                                             ; preds = %1067, %1062
  %1072 = load ptr, ptr %12, align 8, !tbaa !45
  %1073 = load i64, ptr %514, align 8, !tbaa !50
  %1074 = shl i64 %1073, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1072, i8 0, i64 %1074, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %515, i8 0, i64 16, i1 false)
  %1075 = load ptr, ptr %12, align 8, !tbaa !45
  %1076 = icmp eq ptr %513, %1075
  br i1 %1076, label %1080, label %1077

1077:                                             ; preds = %1071
  %1078 = load i64, ptr %514, align 8, !tbaa !50
  %1079 = shl i64 %1078, 3
  call void @_ZdlPvm(ptr noundef %1075, i64 noundef %1079) #21
  br label %1080

1080:                                             ; preds = %1071, %1077
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %12) #20
  %1081 = load ptr, ptr %501, align 8, !tbaa !28
  call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr noundef %1081)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #20
  %1082 = load ptr, ptr %237, align 8, !tbaa !28
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %1082)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %6) #20
  call void @_ZdlPvm(ptr noundef nonnull %149, i64 noundef 40) #21
  call void @_ZdlPvm(ptr noundef nonnull %43, i64 noundef %24) #21
  %1083 = icmp eq ptr %289, null
  br i1 %1083, label %1087, label %1084

1084:                                             ; preds = %1080
  %1085 = ptrtoint ptr %287 to i64
  %1086 = sub i64 %1085, %23
  call void @_ZdlPvm(ptr noundef nonnull %289, i64 noundef %1086) #21
  br label %1087

1087:                                             ; preds = %1080, %1084
  ret i32 0

1088:                                             ; preds = %989, %1088
  %1089 = phi ptr [ %1093, %1088 ], [ %992, %989 ]
  %1090 = getelementptr inbounds i8, ptr %1089, i64 16
  %1091 = load i32, ptr %1090, align 4, !tbaa !6
  %1092 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %1091)
  %1093 = load ptr, ptr %1089, align 8, !tbaa !95
  %1094 = icmp eq ptr %1093, %18
  br i1 %1094, label %1011, label %1088
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat {
  %3 = alloca %"class.std::tuple", align 8
  %4 = alloca %"class.std::tuple.76", align 1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !28
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = icmp eq ptr %6, null
  br i1 %8, label %58, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  %11 = load i64, ptr %10, align 8, !tbaa !40
  %12 = load ptr, ptr %1, align 8
  br label %13

13:                                               ; preds = %30, %9
  %14 = phi ptr [ %6, %9 ], [ %36, %30 ]
  %15 = phi ptr [ %7, %9 ], [ %33, %30 ]
  %16 = getelementptr inbounds i8, ptr %14, i64 40
  %17 = load i64, ptr %16, align 8, !tbaa !40
  %18 = tail call i64 @llvm.umin.i64(i64 %11, i64 %17)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds i8, ptr %14, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !37
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %12, i64 noundef %18) #20
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %20, %13
  %26 = sub i64 %17, %11
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %25, %20
  %31 = phi i32 [ %23, %20 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  %33 = select i1 %32, ptr %15, ptr %14
  %34 = select i1 %32, i64 24, i64 16
  %35 = getelementptr inbounds i8, ptr %14, i64 %34
  %36 = load ptr, ptr %35, align 8, !tbaa !33
  %37 = icmp eq ptr %36, null
  br i1 %37, label %38, label %13, !llvm.loop !41

38:                                               ; preds = %30
  %39 = icmp eq ptr %33, %7
  br i1 %39, label %58, label %40

40:                                               ; preds = %38
  %41 = getelementptr inbounds i8, ptr %33, i64 40
  %42 = load i64, ptr %41, align 8, !tbaa !40
  %43 = tail call i64 @llvm.umin.i64(i64 %42, i64 %11)
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %50, label %45

45:                                               ; preds = %40
  %46 = getelementptr inbounds i8, ptr %33, i64 32
  %47 = load ptr, ptr %46, align 8, !tbaa !37
  %48 = tail call i32 @memcmp(ptr noundef %12, ptr noundef %47, i64 noundef %43) #20
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %45, %40
  %51 = sub i64 %11, %42
  %52 = tail call i64 @llvm.smax.i64(i64 %51, i64 -2147483648)
  %53 = tail call i64 @llvm.smin.i64(i64 %52, i64 2147483647)
  %54 = trunc nsw i64 %53 to i32
  br label %55

55:                                               ; preds = %45, %50
  %56 = phi i32 [ %48, %45 ], [ %54, %50 ]
  %57 = icmp slt i32 %56, 0
  br i1 %57, label %58, label %63

58:                                               ; preds = %2, %38, %55
  %59 = phi ptr [ %33, %55 ], [ %7, %38 ], [ %7, %2 ]
  %60 = ptrtoint ptr %59 to i64
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  store ptr %1, ptr %3, align 8, !tbaa !33, !alias.scope !111
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #20
  %61 = call i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %60, ptr noundef nonnull align 1 dereferenceable(1) @_ZSt19piecewise_construct, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4)
  %62 = inttoptr i64 %61 to ptr
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #20
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  br label %63

63:                                               ; preds = %58, %55
  %64 = phi ptr [ %62, %58 ], [ %33, %55 ]
  %65 = getelementptr inbounds i8, ptr %64, i64 64
  ret ptr %65
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %0) local_unnamed_addr #4 comdat {
  %2 = alloca %"struct.std::__detail::_Scratch_list", align 8
  %3 = alloca [64 x %"struct.std::__detail::_Scratch_list"], align 8
  %4 = load ptr, ptr %0, align 8, !tbaa !95
  %5 = icmp eq ptr %4, %0
  br i1 %5, label %115, label %6

6:                                                ; preds = %1
  %7 = load ptr, ptr %4, align 8, !tbaa !95
  %8 = icmp eq ptr %7, %0
  br i1 %8, label %115, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #20
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %10, align 8, !tbaa !93
  store ptr %2, ptr %2, align 8, !tbaa !95
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #20
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %29, %11 ]
  %13 = shl i64 %12, 4
  %14 = or disjoint i64 %13, 16
  %15 = or disjoint i64 %13, 32
  %16 = or disjoint i64 %13, 48
  %17 = getelementptr inbounds i8, ptr %3, i64 %13
  %18 = getelementptr inbounds i8, ptr %3, i64 %14
  %19 = insertelement <2 x ptr> poison, ptr %17, i64 0
  %20 = insertelement <2 x ptr> %19, ptr %18, i64 1
  %21 = getelementptr inbounds i8, ptr %3, i64 %15
  %22 = getelementptr inbounds i8, ptr %3, i64 %16
  %23 = insertelement <2 x ptr> poison, ptr %21, i64 0
  %24 = insertelement <2 x ptr> %23, ptr %22, i64 1
  %25 = shufflevector <2 x ptr> %20, <2 x ptr> poison, <4 x i32> <i32 0, i32 1, i32 0, i32 1>
  %26 = shufflevector <4 x ptr> %25, <4 x ptr> poison, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x ptr> %26, ptr %17, align 8, !tbaa !33
  %27 = shufflevector <2 x ptr> %24, <2 x ptr> poison, <4 x i32> <i32 0, i32 1, i32 0, i32 1>
  %28 = shufflevector <4 x ptr> %27, <4 x ptr> poison, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x ptr> %28, ptr %21, align 8, !tbaa !33
  %29 = add nuw i64 %12, 4
  %30 = icmp eq i64 %29, 64
  br i1 %30, label %31, label %11, !llvm.loop !114

31:                                               ; preds = %11, %67
  %32 = phi ptr [ %72, %67 ], [ %4, %11 ]
  %33 = phi i64 [ %71, %67 ], [ 0, %11 ]
  %34 = getelementptr inbounds i8, ptr %3, i64 %33
  %35 = load ptr, ptr %32, align 8, !tbaa !95
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull %32, ptr noundef %35) #20
  %36 = icmp eq i64 %33, 0
  br i1 %36, label %67, label %37

37:                                               ; preds = %31, %64
  %38 = phi ptr [ %65, %64 ], [ %3, %31 ]
  %39 = load ptr, ptr %38, align 8, !tbaa !95
  %40 = icmp ne ptr %39, %38
  br i1 %40, label %41, label %67

41:                                               ; preds = %37
  %42 = load ptr, ptr %2, align 8, !tbaa !95
  %43 = icmp eq ptr %42, %2
  br i1 %43, label %64, label %44

44:                                               ; preds = %41, %56
  %45 = phi ptr [ %58, %56 ], [ %39, %41 ]
  %46 = phi ptr [ %57, %56 ], [ %42, %41 ]
  %47 = getelementptr inbounds i8, ptr %46, i64 16
  %48 = load i32, ptr %47, align 4, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %45, i64 16
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = icmp slt i32 %48, %50
  br i1 %51, label %52, label %54

52:                                               ; preds = %44
  %53 = load ptr, ptr %46, align 8, !tbaa !95
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %45, ptr noundef nonnull %46, ptr noundef %53) #20
  br label %56

54:                                               ; preds = %44
  %55 = load ptr, ptr %45, align 8, !tbaa !95
  br label %56

56:                                               ; preds = %54, %52
  %57 = phi ptr [ %53, %52 ], [ %46, %54 ]
  %58 = phi ptr [ %45, %52 ], [ %55, %54 ]
  %59 = icmp ne ptr %58, %38
  %60 = icmp ne ptr %57, %2
  %61 = and i1 %60, %59
  br i1 %61, label %44, label %62, !llvm.loop !115

62:                                               ; preds = %56
  br i1 %60, label %63, label %64

63:                                               ; preds = %62
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %38, ptr noundef %57, ptr noundef nonnull %2) #20
  br label %64

64:                                               ; preds = %41, %62, %63
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %38) #20
  %65 = getelementptr inbounds i8, ptr %38, i64 16
  %66 = icmp eq ptr %65, %34
  br i1 %66, label %67, label %37, !llvm.loop !116

67:                                               ; preds = %37, %64, %31
  %68 = phi ptr [ %3, %31 ], [ %34, %64 ], [ %38, %37 ]
  %69 = phi i1 [ true, %31 ], [ %40, %64 ], [ false, %37 ]
  %70 = phi i64 [ 16, %31 ], [ 16, %64 ], [ 0, %37 ]
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %68) #20
  %71 = add nuw nsw i64 %33, %70
  %72 = load ptr, ptr %0, align 8, !tbaa !95
  %73 = icmp eq ptr %72, %0
  br i1 %73, label %74, label %31, !llvm.loop !117

74:                                               ; preds = %67
  %75 = getelementptr inbounds i8, ptr %3, i64 %71
  %76 = icmp eq i64 %71, 16
  br i1 %76, label %112, label %77

77:                                               ; preds = %74
  %78 = getelementptr inbounds i8, ptr %3, i64 16
  br label %79

79:                                               ; preds = %77, %109
  %80 = phi ptr [ %110, %109 ], [ %78, %77 ]
  %81 = phi ptr [ %80, %109 ], [ %3, %77 ]
  %82 = load ptr, ptr %80, align 8, !tbaa !95
  %83 = load ptr, ptr %81, align 8, !tbaa !95
  %84 = icmp ne ptr %82, %80
  %85 = icmp ne ptr %83, %81
  %86 = select i1 %84, i1 %85, i1 false
  br i1 %86, label %87, label %105

87:                                               ; preds = %79, %99
  %88 = phi ptr [ %101, %99 ], [ %82, %79 ]
  %89 = phi ptr [ %100, %99 ], [ %83, %79 ]
  %90 = getelementptr inbounds i8, ptr %89, i64 16
  %91 = load i32, ptr %90, align 4, !tbaa !6
  %92 = getelementptr inbounds i8, ptr %88, i64 16
  %93 = load i32, ptr %92, align 4, !tbaa !6
  %94 = icmp slt i32 %91, %93
  br i1 %94, label %95, label %97

95:                                               ; preds = %87
  %96 = load ptr, ptr %89, align 8, !tbaa !95
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %88, ptr noundef nonnull %89, ptr noundef %96) #20
  br label %99

97:                                               ; preds = %87
  %98 = load ptr, ptr %88, align 8, !tbaa !95
  br label %99

99:                                               ; preds = %97, %95
  %100 = phi ptr [ %96, %95 ], [ %89, %97 ]
  %101 = phi ptr [ %88, %95 ], [ %98, %97 ]
  %102 = icmp ne ptr %101, %80
  %103 = icmp ne ptr %100, %81
  %104 = and i1 %103, %102
  br i1 %104, label %87, label %105, !llvm.loop !115

105:                                              ; preds = %99, %79
  %106 = phi ptr [ %83, %79 ], [ %100, %99 ]
  %107 = phi i1 [ %85, %79 ], [ %103, %99 ]
  br i1 %107, label %108, label %109

108:                                              ; preds = %105
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %80, ptr noundef %106, ptr noundef nonnull %81) #20
  br label %109

109:                                              ; preds = %105, %108
  %110 = getelementptr inbounds i8, ptr %80, i64 16
  %111 = icmp eq ptr %110, %75
  br i1 %111, label %112, label %79, !llvm.loop !118

112:                                              ; preds = %109, %74
  %113 = select i1 %69, i64 0, i64 -16
  %114 = getelementptr inbounds i8, ptr %34, i64 %113
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %114, ptr noundef nonnull align 8 dereferenceable(16) %0) #20
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %3) #20
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #20
  br label %115

115:                                              ; preds = %112, %6, %1
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() local_unnamed_addr #6

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() local_unnamed_addr #6

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #7

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %11, label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %9, %4 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !119
  tail call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !120
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 40) #21
  %10 = icmp eq ptr %9, null
  br i1 %10, label %11, label %4, !llvm.loop !121

11:                                               ; preds = %4, %2
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %19, label %4

4:                                                ; preds = %2, %17
  %5 = phi ptr [ %9, %17 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !119
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !120
  %10 = getelementptr inbounds i8, ptr %5, i64 32
  %11 = load ptr, ptr %10, align 8, !tbaa !37
  %12 = getelementptr inbounds i8, ptr %5, i64 48
  %13 = icmp eq ptr %11, %12
  br i1 %13, label %17, label %14

14:                                               ; preds = %4
  %15 = load i64, ptr %12, align 8, !tbaa !39
  %16 = add i64 %15, 1
  tail call void @_ZdlPvm(ptr noundef %11, i64 noundef %16) #21
  br label %17

17:                                               ; preds = %4, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 72) #21
  %18 = icmp eq ptr %9, null
  br i1 %18, label %19, label %4, !llvm.loop !122

19:                                               ; preds = %17, %2
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %0, i64 %1, i64 noundef %2, i8 %3) local_unnamed_addr #4 comdat {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %125

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %5, i64 4
  br label %11

11:                                               ; preds = %9, %120
  %12 = phi i64 [ %7, %9 ], [ %123, %120 ]
  %13 = phi i64 [ %2, %9 ], [ %76, %120 ]
  %14 = phi i64 [ %1, %9 ], [ %121, %120 ]
  %15 = inttoptr i64 %14 to ptr
  %16 = icmp eq i64 %13, 0
  br i1 %16, label %17, label %75

17:                                               ; preds = %11
  tail call void @_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_(i64 %0, i64 %14, i64 %14, i8 undef)
  br label %18

18:                                               ; preds = %71, %17
  %19 = phi ptr [ %20, %71 ], [ %15, %17 ]
  %20 = getelementptr inbounds i8, ptr %19, i64 -4
  %21 = ptrtoint ptr %20 to i64
  %22 = load i32, ptr %20, align 4, !tbaa !6
  %23 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %23, ptr %20, align 4, !tbaa !6
  %24 = sub i64 %21, %0
  %25 = ashr exact i64 %24, 2
  %26 = add nsw i64 %25, -1
  %27 = sdiv i64 %26, 2
  %28 = icmp sgt i64 %25, 2
  br i1 %28, label %29, label %44

29:                                               ; preds = %18, %29
  %30 = phi i64 [ %39, %29 ], [ 0, %18 ]
  %31 = shl i64 %30, 1
  %32 = add i64 %31, 2
  %33 = getelementptr inbounds i32, ptr %5, i64 %32
  %34 = or disjoint i64 %31, 1
  %35 = getelementptr inbounds i32, ptr %5, i64 %34
  %36 = load i32, ptr %33, align 4, !tbaa !6
  %37 = load i32, ptr %35, align 4, !tbaa !6
  %38 = icmp slt i32 %36, %37
  %39 = select i1 %38, i64 %34, i64 %32
  %40 = getelementptr inbounds i32, ptr %5, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = getelementptr inbounds i32, ptr %5, i64 %30
  store i32 %41, ptr %42, align 4, !tbaa !6
  %43 = icmp slt i64 %39, %27
  br i1 %43, label %29, label %44, !llvm.loop !123

44:                                               ; preds = %29, %18
  %45 = phi i64 [ 0, %18 ], [ %39, %29 ]
  %46 = and i64 %24, 4
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %48, label %58

48:                                               ; preds = %44
  %49 = add nsw i64 %25, -2
  %50 = ashr exact i64 %49, 1
  %51 = icmp eq i64 %45, %50
  br i1 %51, label %52, label %58

52:                                               ; preds = %48
  %53 = shl nsw i64 %45, 1
  %54 = or disjoint i64 %53, 1
  %55 = getelementptr inbounds i32, ptr %5, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !6
  %57 = getelementptr inbounds i32, ptr %5, i64 %45
  store i32 %56, ptr %57, align 4, !tbaa !6
  br label %58

58:                                               ; preds = %52, %48, %44
  %59 = phi i64 [ %54, %52 ], [ %45, %48 ], [ %45, %44 ]
  %60 = icmp sgt i64 %59, 0
  br i1 %60, label %61, label %71

61:                                               ; preds = %58, %68
  %62 = phi i64 [ %64, %68 ], [ %59, %58 ]
  %63 = add nsw i64 %62, -1
  %64 = lshr i64 %63, 1
  %65 = getelementptr inbounds i32, ptr %5, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !6
  %67 = icmp slt i32 %66, %22
  br i1 %67, label %68, label %71

68:                                               ; preds = %61
  %69 = getelementptr inbounds i32, ptr %5, i64 %62
  store i32 %66, ptr %69, align 4, !tbaa !6
  %70 = icmp ult i64 %63, 2
  br i1 %70, label %71, label %61, !llvm.loop !124

71:                                               ; preds = %68, %61, %58
  %72 = phi i64 [ %59, %58 ], [ %62, %61 ], [ 0, %68 ]
  %73 = getelementptr inbounds i32, ptr %5, i64 %72
  store i32 %22, ptr %73, align 4, !tbaa !6
  %74 = icmp sgt i64 %24, 4
  br i1 %74, label %18, label %125, !llvm.loop !125

75:                                               ; preds = %11
  %76 = add nsw i64 %13, -1
  %77 = lshr i64 %12, 1
  %78 = getelementptr inbounds i32, ptr %5, i64 %77
  %79 = getelementptr inbounds i8, ptr %15, i64 -4
  %80 = load i32, ptr %10, align 4, !tbaa !6
  %81 = load i32, ptr %78, align 4, !tbaa !6
  %82 = icmp slt i32 %80, %81
  %83 = load i32, ptr %79, align 4, !tbaa !6
  br i1 %82, label %84, label %93

84:                                               ; preds = %75
  %85 = icmp slt i32 %81, %83
  br i1 %85, label %86, label %88

86:                                               ; preds = %84
  %87 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %81, ptr %5, align 4, !tbaa !6
  store i32 %87, ptr %78, align 4, !tbaa !6
  br label %102

88:                                               ; preds = %84
  %89 = icmp slt i32 %80, %83
  %90 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %89, label %91, label %92

91:                                               ; preds = %88
  store i32 %83, ptr %5, align 4, !tbaa !6
  store i32 %90, ptr %79, align 4, !tbaa !6
  br label %102

92:                                               ; preds = %88
  store i32 %80, ptr %5, align 4, !tbaa !6
  store i32 %90, ptr %10, align 4, !tbaa !6
  br label %102

93:                                               ; preds = %75
  %94 = icmp slt i32 %80, %83
  br i1 %94, label %95, label %97

95:                                               ; preds = %93
  %96 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %80, ptr %5, align 4, !tbaa !6
  store i32 %96, ptr %10, align 4, !tbaa !6
  br label %102

97:                                               ; preds = %93
  %98 = icmp slt i32 %81, %83
  %99 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %98, label %100, label %101

100:                                              ; preds = %97
  store i32 %83, ptr %5, align 4, !tbaa !6
  store i32 %99, ptr %79, align 4, !tbaa !6
  br label %102

101:                                              ; preds = %97
  store i32 %81, ptr %5, align 4, !tbaa !6
  store i32 %99, ptr %78, align 4, !tbaa !6
  br label %102

102:                                              ; preds = %101, %100, %95, %92, %91, %86
  br label %103

103:                                              ; preds = %102, %119
  %104 = phi ptr [ %114, %119 ], [ %15, %102 ]
  %105 = phi ptr [ %111, %119 ], [ %10, %102 ]
  %106 = load i32, ptr %5, align 4, !tbaa !6
  br label %107

107:                                              ; preds = %107, %103
  %108 = phi ptr [ %105, %103 ], [ %111, %107 ]
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = icmp slt i32 %109, %106
  %111 = getelementptr inbounds i8, ptr %108, i64 4
  br i1 %110, label %107, label %112, !llvm.loop !126

112:                                              ; preds = %107, %112
  %113 = phi ptr [ %114, %112 ], [ %104, %107 ]
  %114 = getelementptr inbounds i8, ptr %113, i64 -4
  %115 = load i32, ptr %114, align 4, !tbaa !6
  %116 = icmp slt i32 %106, %115
  br i1 %116, label %112, label %117, !llvm.loop !127

117:                                              ; preds = %112
  %118 = icmp ult ptr %108, %114
  br i1 %118, label %119, label %120

119:                                              ; preds = %117
  store i32 %115, ptr %108, align 4, !tbaa !6
  store i32 %109, ptr %114, align 4, !tbaa !6
  br label %103, !llvm.loop !128

120:                                              ; preds = %117
  %121 = ptrtoint ptr %108 to i64
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %121, i64 %14, i64 noundef %76, i8 undef)
  %122 = sub i64 %121, %0
  %123 = ashr exact i64 %122, 2
  %124 = icmp sgt i64 %123, 16
  br i1 %124, label %11, label %125, !llvm.loop !129

125:                                              ; preds = %120, %71, %4
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %0, i64 %1, i8 %2) local_unnamed_addr #4 comdat {
  %4 = inttoptr i64 %0 to ptr
  %5 = inttoptr i64 %1 to ptr
  %6 = sub i64 %1, %0
  %7 = icmp sgt i64 %6, 64
  br i1 %7, label %8, label %56

8:                                                ; preds = %3, %32
  %9 = phi i64 [ %34, %32 ], [ 4, %3 ]
  %10 = phi ptr [ %11, %32 ], [ %4, %3 ]
  %11 = getelementptr inbounds i8, ptr %4, i64 %9
  %12 = load i32, ptr %11, align 4, !tbaa !6
  %13 = load i32, ptr %4, align 4, !tbaa !6
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %22

15:                                               ; preds = %8
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = ptrtoint ptr %11 to i64
  %18 = sub i64 %17, %0
  %19 = ashr exact i64 %18, 2
  %20 = sub nsw i64 0, %19
  %21 = getelementptr inbounds i32, ptr %16, i64 %20
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %21, ptr nonnull align 4 %4, i64 %18, i1 false)
  br label %32

22:                                               ; preds = %8
  %23 = load i32, ptr %10, align 4, !tbaa !6
  %24 = icmp slt i32 %12, %23
  br i1 %24, label %25, label %32

25:                                               ; preds = %22, %25
  %26 = phi i32 [ %30, %25 ], [ %23, %22 ]
  %27 = phi ptr [ %29, %25 ], [ %10, %22 ]
  %28 = phi ptr [ %27, %25 ], [ %11, %22 ]
  store i32 %26, ptr %28, align 4, !tbaa !6
  %29 = getelementptr inbounds i8, ptr %27, i64 -4
  %30 = load i32, ptr %29, align 4, !tbaa !6
  %31 = icmp slt i32 %12, %30
  br i1 %31, label %25, label %32, !llvm.loop !130

32:                                               ; preds = %25, %22, %15
  %33 = phi ptr [ %4, %15 ], [ %11, %22 ], [ %27, %25 ]
  store i32 %12, ptr %33, align 4, !tbaa !6
  %34 = add nuw nsw i64 %9, 4
  %35 = icmp eq i64 %34, 64
  br i1 %35, label %36, label %8, !llvm.loop !131

36:                                               ; preds = %32
  %37 = getelementptr inbounds i8, ptr %4, i64 64
  %38 = icmp eq ptr %37, %5
  br i1 %38, label %88, label %39

39:                                               ; preds = %36, %52
  %40 = phi ptr [ %54, %52 ], [ %37, %36 ]
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = getelementptr inbounds i8, ptr %40, i64 -4
  %43 = load i32, ptr %42, align 4, !tbaa !6
  %44 = icmp slt i32 %41, %43
  br i1 %44, label %45, label %52

45:                                               ; preds = %39, %45
  %46 = phi i32 [ %50, %45 ], [ %43, %39 ]
  %47 = phi ptr [ %49, %45 ], [ %42, %39 ]
  %48 = phi ptr [ %47, %45 ], [ %40, %39 ]
  store i32 %46, ptr %48, align 4, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %47, i64 -4
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = icmp slt i32 %41, %50
  br i1 %51, label %45, label %52, !llvm.loop !130

52:                                               ; preds = %45, %39
  %53 = phi ptr [ %40, %39 ], [ %47, %45 ]
  store i32 %41, ptr %53, align 4, !tbaa !6
  %54 = getelementptr inbounds i8, ptr %40, i64 4
  %55 = icmp eq ptr %54, %5
  br i1 %55, label %88, label %39, !llvm.loop !132

56:                                               ; preds = %3
  %57 = icmp eq ptr %4, %5
  %58 = getelementptr inbounds i8, ptr %4, i64 4
  %59 = icmp eq ptr %58, %5
  %60 = select i1 %57, i1 true, i1 %59
  br i1 %60, label %88, label %61

61:                                               ; preds = %56, %84
  %62 = phi ptr [ %86, %84 ], [ %58, %56 ]
  %63 = phi ptr [ %62, %84 ], [ %4, %56 ]
  %64 = load i32, ptr %62, align 4, !tbaa !6
  %65 = load i32, ptr %4, align 4, !tbaa !6
  %66 = icmp slt i32 %64, %65
  br i1 %66, label %67, label %74

67:                                               ; preds = %61
  %68 = getelementptr inbounds i8, ptr %63, i64 8
  %69 = ptrtoint ptr %62 to i64
  %70 = sub i64 %69, %0
  %71 = ashr exact i64 %70, 2
  %72 = sub nsw i64 0, %71
  %73 = getelementptr inbounds i32, ptr %68, i64 %72
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %73, ptr nonnull align 4 %4, i64 %70, i1 false)
  br label %84

74:                                               ; preds = %61
  %75 = load i32, ptr %63, align 4, !tbaa !6
  %76 = icmp slt i32 %64, %75
  br i1 %76, label %77, label %84

77:                                               ; preds = %74, %77
  %78 = phi i32 [ %82, %77 ], [ %75, %74 ]
  %79 = phi ptr [ %81, %77 ], [ %63, %74 ]
  %80 = phi ptr [ %79, %77 ], [ %62, %74 ]
  store i32 %78, ptr %80, align 4, !tbaa !6
  %81 = getelementptr inbounds i8, ptr %79, i64 -4
  %82 = load i32, ptr %81, align 4, !tbaa !6
  %83 = icmp slt i32 %64, %82
  br i1 %83, label %77, label %84, !llvm.loop !130

84:                                               ; preds = %77, %74, %67
  %85 = phi ptr [ %4, %67 ], [ %62, %74 ], [ %79, %77 ]
  store i32 %64, ptr %85, align 4, !tbaa !6
  %86 = getelementptr inbounds i8, ptr %62, i64 4
  %87 = icmp eq ptr %86, %5
  br i1 %87, label %88, label %61, !llvm.loop !131

88:                                               ; preds = %84, %52, %56, %36
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_(i64 %0, i64 %1, i64 %2, i8 %3) local_unnamed_addr #4 comdat {
  %5 = inttoptr i64 %1 to ptr
  %6 = inttoptr i64 %2 to ptr
  %7 = inttoptr i64 %0 to ptr
  %8 = sub i64 %1, %0
  %9 = ashr exact i64 %8, 2
  %10 = icmp slt i64 %9, 2
  br i1 %10, label %65, label %11

11:                                               ; preds = %4
  %12 = add nsw i64 %9, -2
  %13 = lshr i64 %12, 1
  %14 = add nsw i64 %9, -1
  %15 = lshr i64 %14, 1
  %16 = and i64 %8, 4
  %17 = icmp eq i64 %16, 0
  %18 = or disjoint i64 %12, 1
  %19 = getelementptr inbounds i32, ptr %7, i64 %18
  %20 = getelementptr inbounds i32, ptr %7, i64 %13
  br label %21

21:                                               ; preds = %60, %11
  %22 = phi i64 [ %13, %11 ], [ %64, %60 ]
  %23 = getelementptr inbounds i32, ptr %7, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !6
  %25 = icmp sgt i64 %15, %22
  br i1 %25, label %26, label %41

26:                                               ; preds = %21, %26
  %27 = phi i64 [ %36, %26 ], [ %22, %21 ]
  %28 = shl i64 %27, 1
  %29 = add i64 %28, 2
  %30 = getelementptr inbounds i32, ptr %7, i64 %29
  %31 = or disjoint i64 %28, 1
  %32 = getelementptr inbounds i32, ptr %7, i64 %31
  %33 = load i32, ptr %30, align 4, !tbaa !6
  %34 = load i32, ptr %32, align 4, !tbaa !6
  %35 = icmp slt i32 %33, %34
  %36 = select i1 %35, i64 %31, i64 %29
  %37 = getelementptr inbounds i32, ptr %7, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !6
  %39 = getelementptr inbounds i32, ptr %7, i64 %27
  store i32 %38, ptr %39, align 4, !tbaa !6
  %40 = icmp slt i64 %36, %15
  br i1 %40, label %26, label %41, !llvm.loop !123

41:                                               ; preds = %26, %21
  %42 = phi i64 [ %22, %21 ], [ %36, %26 ]
  %43 = icmp eq i64 %42, %13
  %44 = select i1 %17, i1 %43, i1 false
  br i1 %44, label %45, label %47

45:                                               ; preds = %41
  %46 = load i32, ptr %19, align 4, !tbaa !6
  store i32 %46, ptr %20, align 4, !tbaa !6
  br label %47

47:                                               ; preds = %45, %41
  %48 = phi i64 [ %18, %45 ], [ %42, %41 ]
  %49 = icmp sgt i64 %48, %22
  br i1 %49, label %50, label %60

50:                                               ; preds = %47, %57
  %51 = phi i64 [ %53, %57 ], [ %48, %47 ]
  %52 = add nsw i64 %51, -1
  %53 = sdiv i64 %52, 2
  %54 = getelementptr inbounds i32, ptr %7, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !6
  %56 = icmp slt i32 %55, %24
  br i1 %56, label %57, label %60

57:                                               ; preds = %50
  %58 = getelementptr inbounds i32, ptr %7, i64 %51
  store i32 %55, ptr %58, align 4, !tbaa !6
  %59 = icmp sgt i64 %53, %22
  br i1 %59, label %50, label %60, !llvm.loop !124

60:                                               ; preds = %57, %50, %47
  %61 = phi i64 [ %48, %47 ], [ %51, %50 ], [ %53, %57 ]
  %62 = getelementptr inbounds i32, ptr %7, i64 %61
  store i32 %24, ptr %62, align 4, !tbaa !6
  %63 = icmp eq i64 %22, 0
  %64 = add nsw i64 %22, -1
  br i1 %63, label %65, label %21, !llvm.loop !133

65:                                               ; preds = %60, %4
  %66 = icmp ult ptr %5, %6
  br i1 %66, label %67, label %78

67:                                               ; preds = %65
  %68 = add nsw i64 %9, -1
  %69 = sdiv i64 %68, 2
  %70 = icmp sgt i64 %9, 2
  %71 = and i64 %8, 4
  %72 = icmp eq i64 %71, 0
  %73 = add nsw i64 %9, -2
  %74 = ashr exact i64 %73, 1
  %75 = or disjoint i64 %73, 1
  %76 = getelementptr inbounds i32, ptr %7, i64 %75
  %77 = getelementptr inbounds i32, ptr %7, i64 %74
  br label %79

78:                                               ; preds = %122, %65
  ret void

79:                                               ; preds = %67, %122
  %80 = phi ptr [ %5, %67 ], [ %123, %122 ]
  %81 = load i32, ptr %80, align 4, !tbaa !6
  %82 = load i32, ptr %7, align 4, !tbaa !6
  %83 = icmp slt i32 %81, %82
  br i1 %83, label %84, label %122

84:                                               ; preds = %79
  store i32 %82, ptr %80, align 4, !tbaa !6
  br i1 %70, label %85, label %100

85:                                               ; preds = %84, %85
  %86 = phi i64 [ %95, %85 ], [ 0, %84 ]
  %87 = shl i64 %86, 1
  %88 = add i64 %87, 2
  %89 = getelementptr inbounds i32, ptr %7, i64 %88
  %90 = or disjoint i64 %87, 1
  %91 = getelementptr inbounds i32, ptr %7, i64 %90
  %92 = load i32, ptr %89, align 4, !tbaa !6
  %93 = load i32, ptr %91, align 4, !tbaa !6
  %94 = icmp slt i32 %92, %93
  %95 = select i1 %94, i64 %90, i64 %88
  %96 = getelementptr inbounds i32, ptr %7, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !6
  %98 = getelementptr inbounds i32, ptr %7, i64 %86
  store i32 %97, ptr %98, align 4, !tbaa !6
  %99 = icmp slt i64 %95, %69
  br i1 %99, label %85, label %100, !llvm.loop !123

100:                                              ; preds = %85, %84
  %101 = phi i64 [ 0, %84 ], [ %95, %85 ]
  %102 = icmp eq i64 %101, %74
  %103 = select i1 %72, i1 %102, i1 false
  br i1 %103, label %104, label %106

104:                                              ; preds = %100
  %105 = load i32, ptr %76, align 4, !tbaa !6
  store i32 %105, ptr %77, align 4, !tbaa !6
  br label %106

106:                                              ; preds = %104, %100
  %107 = phi i64 [ %75, %104 ], [ %101, %100 ]
  %108 = icmp sgt i64 %107, 0
  br i1 %108, label %109, label %119

109:                                              ; preds = %106, %116
  %110 = phi i64 [ %112, %116 ], [ %107, %106 ]
  %111 = add nsw i64 %110, -1
  %112 = lshr i64 %111, 1
  %113 = getelementptr inbounds i32, ptr %7, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !6
  %115 = icmp slt i32 %114, %81
  br i1 %115, label %116, label %119

116:                                              ; preds = %109
  %117 = getelementptr inbounds i32, ptr %7, i64 %110
  store i32 %114, ptr %117, align 4, !tbaa !6
  %118 = icmp ult i64 %111, 2
  br i1 %118, label %119, label %109, !llvm.loop !124

119:                                              ; preds = %109, %116, %106
  %120 = phi i64 [ %107, %106 ], [ %110, %109 ], [ 0, %116 ]
  %121 = getelementptr inbounds i32, ptr %7, i64 %120
  store i32 %81, ptr %121, align 4, !tbaa !6
  br label %122

122:                                              ; preds = %79, %119
  %123 = getelementptr inbounds i8, ptr %80, i64 4
  %124 = icmp ult ptr %123, %6
  br i1 %124, label %79, label %78, !llvm.loop !134
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #10

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local i64 @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(i64 %0, i64 %1, i64 %2, i8 %3) local_unnamed_addr #4 comdat {
  %5 = inttoptr i64 %0 to ptr
  %6 = inttoptr i64 %1 to ptr
  %7 = inttoptr i64 %2 to ptr
  %8 = icmp eq ptr %5, %6
  br i1 %8, label %231, label %9

9:                                                ; preds = %4
  %10 = icmp eq ptr %7, %6
  br i1 %10, label %231, label %11

11:                                               ; preds = %9
  %12 = sub i64 %2, %0
  %13 = ashr exact i64 %12, 2
  %14 = sub i64 %1, %0
  %15 = ashr exact i64 %14, 2
  %16 = sub nsw i64 %13, %15
  %17 = icmp eq i64 %15, %16
  br i1 %17, label %18, label %67

18:                                               ; preds = %11
  %19 = add i64 %1, -4
  %20 = sub i64 %19, %0
  %21 = lshr i64 %20, 2
  %22 = add nuw nsw i64 %21, 1
  %23 = icmp ult i64 %20, 44
  br i1 %23, label %56, label %24

24:                                               ; preds = %18
  %25 = add i64 %1, -4
  %26 = sub i64 %25, %0
  %27 = and i64 %26, -4
  %28 = add i64 %27, 4
  %29 = getelementptr i8, ptr %5, i64 %28
  %30 = getelementptr i8, ptr %6, i64 %28
  %31 = icmp ugt ptr %30, %5
  %32 = icmp ugt ptr %29, %6
  %33 = and i1 %31, %32
  br i1 %33, label %56, label %34

34:                                               ; preds = %24
  %35 = and i64 %22, 9223372036854775800
  %36 = shl i64 %35, 2
  %37 = getelementptr i8, ptr %6, i64 %36
  %38 = shl i64 %35, 2
  %39 = getelementptr i8, ptr %5, i64 %38
  br label %40

40:                                               ; preds = %40, %34
  %41 = phi i64 [ 0, %34 ], [ %52, %40 ]
  %42 = shl i64 %41, 2
  %43 = getelementptr i8, ptr %6, i64 %42
  %44 = shl i64 %41, 2
  %45 = getelementptr i8, ptr %5, i64 %44
  %46 = getelementptr i8, ptr %45, i64 16
  %47 = load <4 x i32>, ptr %45, align 4, !tbaa !6, !alias.scope !135, !noalias !138
  %48 = load <4 x i32>, ptr %46, align 4, !tbaa !6, !alias.scope !135, !noalias !138
  %49 = getelementptr i8, ptr %43, i64 16
  %50 = load <4 x i32>, ptr %43, align 4, !tbaa !6, !alias.scope !138
  %51 = load <4 x i32>, ptr %49, align 4, !tbaa !6, !alias.scope !138
  store <4 x i32> %50, ptr %45, align 4, !tbaa !6, !alias.scope !135, !noalias !138
  store <4 x i32> %51, ptr %46, align 4, !tbaa !6, !alias.scope !135, !noalias !138
  store <4 x i32> %47, ptr %43, align 4, !tbaa !6, !alias.scope !138
  store <4 x i32> %48, ptr %49, align 4, !tbaa !6, !alias.scope !138
  %52 = add nuw i64 %41, 8
  %53 = icmp eq i64 %52, %35
  br i1 %53, label %54, label %40, !llvm.loop !140

54:                                               ; preds = %40
  %55 = icmp eq i64 %22, %35
  br i1 %55, label %231, label %56

56:                                               ; preds = %54, %24, %18
  %57 = phi ptr [ %6, %24 ], [ %6, %18 ], [ %37, %54 ]
  %58 = phi ptr [ %5, %24 ], [ %5, %18 ], [ %39, %54 ]
  br label %59

59:                                               ; preds = %56, %59
  %60 = phi ptr [ %65, %59 ], [ %57, %56 ]
  %61 = phi ptr [ %64, %59 ], [ %58, %56 ]
  %62 = load i32, ptr %61, align 4, !tbaa !6
  %63 = load i32, ptr %60, align 4, !tbaa !6
  store i32 %63, ptr %61, align 4, !tbaa !6
  store i32 %62, ptr %60, align 4, !tbaa !6
  %64 = getelementptr inbounds i8, ptr %61, i64 4
  %65 = getelementptr inbounds i8, ptr %60, i64 4
  %66 = icmp eq ptr %64, %6
  br i1 %66, label %231, label %59, !llvm.loop !141

67:                                               ; preds = %11
  %68 = sub i64 %2, %1
  %69 = getelementptr inbounds i8, ptr %5, i64 %68
  br label %70

70:                                               ; preds = %217, %67
  %71 = phi ptr [ %5, %67 ], [ %218, %217 ]
  %72 = phi i64 [ %15, %67 ], [ %219, %217 ]
  %73 = phi i64 [ %13, %67 ], [ %220, %217 ]
  %74 = sub nsw i64 %73, %72
  %75 = icmp slt i64 %72, %74
  br i1 %75, label %76, label %144

76:                                               ; preds = %70
  %77 = icmp eq i64 %72, 1
  br i1 %77, label %78, label %88

78:                                               ; preds = %76
  %79 = load i32, ptr %71, align 4, !tbaa !6
  %80 = shl nsw i64 %73, 2
  %81 = getelementptr inbounds i8, ptr %71, i64 %80
  %82 = icmp eq i64 %73, 1
  br i1 %82, label %86, label %83

83:                                               ; preds = %78
  %84 = getelementptr inbounds i8, ptr %71, i64 4
  %85 = add nsw i64 %80, -4
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %71, ptr nonnull align 4 %84, i64 %85, i1 false)
  br label %86

86:                                               ; preds = %78, %83
  %87 = getelementptr inbounds i8, ptr %81, i64 -4
  store i32 %79, ptr %87, align 4, !tbaa !6
  br label %231

88:                                               ; preds = %76
  %89 = icmp sgt i64 %74, 0
  br i1 %89, label %90, label %128

90:                                               ; preds = %88
  %91 = getelementptr i32, ptr %71, i64 %72
  %92 = icmp ult i64 %74, 8
  br i1 %92, label %93, label %97

93:                                               ; preds = %126, %97, %90
  %94 = phi i64 [ 0, %97 ], [ 0, %90 ], [ %107, %126 ]
  %95 = phi ptr [ %71, %97 ], [ %71, %90 ], [ %109, %126 ]
  %96 = phi ptr [ %91, %97 ], [ %91, %90 ], [ %111, %126 ]
  br label %132

97:                                               ; preds = %90
  %98 = shl i64 %73, 2
  %99 = sub i64 %73, %72
  %100 = shl i64 %99, 2
  %101 = getelementptr i8, ptr %71, i64 %100
  %102 = getelementptr i8, ptr %71, i64 %98
  %103 = icmp ult ptr %71, %102
  %104 = icmp ult ptr %91, %101
  %105 = and i1 %103, %104
  br i1 %105, label %93, label %106

106:                                              ; preds = %97
  %107 = and i64 %74, 9223372036854775800
  %108 = shl i64 %107, 2
  %109 = getelementptr i8, ptr %71, i64 %108
  %110 = shl i64 %107, 2
  %111 = getelementptr i8, ptr %91, i64 %110
  br label %112

112:                                              ; preds = %112, %106
  %113 = phi i64 [ 0, %106 ], [ %124, %112 ]
  %114 = shl i64 %113, 2
  %115 = getelementptr i8, ptr %71, i64 %114
  %116 = shl i64 %113, 2
  %117 = getelementptr i8, ptr %91, i64 %116
  %118 = getelementptr i8, ptr %115, i64 16
  %119 = load <4 x i32>, ptr %115, align 4, !tbaa !6, !alias.scope !142, !noalias !145
  %120 = load <4 x i32>, ptr %118, align 4, !tbaa !6, !alias.scope !142, !noalias !145
  %121 = getelementptr i8, ptr %117, i64 16
  %122 = load <4 x i32>, ptr %117, align 4, !tbaa !6, !alias.scope !145
  %123 = load <4 x i32>, ptr %121, align 4, !tbaa !6, !alias.scope !145
  store <4 x i32> %122, ptr %115, align 4, !tbaa !6, !alias.scope !142, !noalias !145
  store <4 x i32> %123, ptr %118, align 4, !tbaa !6, !alias.scope !142, !noalias !145
  store <4 x i32> %119, ptr %117, align 4, !tbaa !6, !alias.scope !145
  store <4 x i32> %120, ptr %121, align 4, !tbaa !6, !alias.scope !145
  %124 = add nuw i64 %113, 8
  %125 = icmp eq i64 %124, %107
  br i1 %125, label %126, label %112, !llvm.loop !147

126:                                              ; preds = %112
  %127 = icmp eq i64 %74, %107
  br i1 %127, label %128, label %93

128:                                              ; preds = %132, %126, %88
  %129 = phi ptr [ %71, %88 ], [ %109, %126 ], [ %138, %132 ]
  %130 = srem i64 %73, %72
  %131 = icmp eq i64 %130, 0
  br i1 %131, label %231, label %142

132:                                              ; preds = %93, %132
  %133 = phi i64 [ %140, %132 ], [ %94, %93 ]
  %134 = phi ptr [ %138, %132 ], [ %95, %93 ]
  %135 = phi ptr [ %139, %132 ], [ %96, %93 ]
  %136 = load i32, ptr %134, align 4, !tbaa !6
  %137 = load i32, ptr %135, align 4, !tbaa !6
  store i32 %137, ptr %134, align 4, !tbaa !6
  store i32 %136, ptr %135, align 4, !tbaa !6
  %138 = getelementptr inbounds i8, ptr %134, i64 4
  %139 = getelementptr inbounds i8, ptr %135, i64 4
  %140 = add nuw nsw i64 %133, 1
  %141 = icmp eq i64 %140, %74
  br i1 %141, label %128, label %132, !llvm.loop !148

142:                                              ; preds = %128
  %143 = sub nsw i64 %72, %130
  br label %217

144:                                              ; preds = %70
  %145 = icmp eq i64 %74, 1
  %146 = getelementptr i32, ptr %71, i64 %73
  br i1 %145, label %147, label %159

147:                                              ; preds = %144
  %148 = getelementptr inbounds i8, ptr %146, i64 -4
  %149 = load i32, ptr %148, align 4, !tbaa !6
  %150 = icmp eq ptr %148, %71
  br i1 %150, label %158, label %151

151:                                              ; preds = %147
  %152 = ptrtoint ptr %148 to i64
  %153 = ptrtoint ptr %71 to i64
  %154 = sub i64 %152, %153
  %155 = ashr exact i64 %154, 2
  %156 = sub nsw i64 0, %155
  %157 = getelementptr inbounds i32, ptr %146, i64 %156
  tail call void @llvm.memmove.p0.p0.i64(ptr align 4 %157, ptr nonnull align 4 %71, i64 %154, i1 false)
  br label %158

158:                                              ; preds = %147, %151
  store i32 %149, ptr %71, align 4, !tbaa !6
  br label %231

159:                                              ; preds = %144
  %160 = sub i64 0, %74
  %161 = getelementptr i32, ptr %146, i64 %160
  %162 = icmp sgt i64 %72, 0
  br i1 %162, label %163, label %213

163:                                              ; preds = %159
  %164 = icmp ult i64 %72, 20
  br i1 %164, label %165, label %169

165:                                              ; preds = %211, %186, %169, %163
  %166 = phi i64 [ 0, %186 ], [ 0, %169 ], [ 0, %163 ], [ %194, %211 ]
  %167 = phi ptr [ %146, %186 ], [ %146, %169 ], [ %146, %163 ], [ %196, %211 ]
  %168 = phi ptr [ %161, %186 ], [ %161, %169 ], [ %161, %163 ], [ %198, %211 ]
  br label %221

169:                                              ; preds = %163
  %170 = add nsw i64 %72, -1
  %171 = getelementptr i8, ptr %71, i64 -4
  %172 = shl i64 %72, 2
  %173 = getelementptr i8, ptr %171, i64 %172
  %174 = mul i64 %170, -4
  %175 = getelementptr i8, ptr %173, i64 %174
  %176 = icmp ugt ptr %175, %173
  %177 = getelementptr i8, ptr %71, i64 -4
  %178 = shl i64 %73, 2
  %179 = getelementptr i8, ptr %177, i64 %178
  %180 = mul i64 %170, -4
  %181 = icmp ugt i64 %170, 4611686018427387903
  %182 = getelementptr i8, ptr %179, i64 %180
  %183 = icmp ugt ptr %182, %179
  %184 = or i1 %183, %181
  %185 = or i1 %176, %184
  br i1 %185, label %165, label %186

186:                                              ; preds = %169
  %187 = sub i64 %73, %72
  %188 = shl i64 %187, 2
  %189 = getelementptr i8, ptr %71, i64 %188
  %190 = icmp ult ptr %71, %146
  %191 = icmp ult ptr %189, %161
  %192 = and i1 %190, %191
  br i1 %192, label %165, label %193

193:                                              ; preds = %186
  %194 = and i64 %72, 9223372036854775804
  %195 = mul i64 %194, -4
  %196 = getelementptr i8, ptr %146, i64 %195
  %197 = mul i64 %194, -4
  %198 = getelementptr i8, ptr %161, i64 %197
  %199 = getelementptr i8, ptr %161, i64 -16
  %200 = getelementptr i8, ptr %146, i64 -16
  br label %201

201:                                              ; preds = %201, %193
  %202 = phi i64 [ 0, %193 ], [ %209, %201 ]
  %203 = mul i64 %202, -4
  %204 = mul i64 %202, -4
  %205 = getelementptr i8, ptr %199, i64 %204
  %206 = load <4 x i32>, ptr %205, align 4, !tbaa !6, !alias.scope !149, !noalias !152
  %207 = getelementptr i8, ptr %200, i64 %203
  %208 = load <4 x i32>, ptr %207, align 4, !tbaa !6, !alias.scope !152
  store <4 x i32> %208, ptr %205, align 4, !tbaa !6, !alias.scope !149, !noalias !152
  store <4 x i32> %206, ptr %207, align 4, !tbaa !6, !alias.scope !152
  %209 = add nuw i64 %202, 4
  %210 = icmp eq i64 %209, %194
  br i1 %210, label %211, label %201, !llvm.loop !154

211:                                              ; preds = %201
  %212 = icmp eq i64 %72, %194
  br i1 %212, label %213, label %165

213:                                              ; preds = %221, %211, %159
  %214 = phi ptr [ %161, %159 ], [ %71, %211 ], [ %71, %221 ]
  %215 = srem i64 %73, %74
  %216 = icmp eq i64 %215, 0
  br i1 %216, label %231, label %217

217:                                              ; preds = %213, %142
  %218 = phi ptr [ %129, %142 ], [ %214, %213 ]
  %219 = phi i64 [ %143, %142 ], [ %215, %213 ]
  %220 = phi i64 [ %72, %142 ], [ %74, %213 ]
  br label %70, !llvm.loop !155

221:                                              ; preds = %165, %221
  %222 = phi i64 [ %229, %221 ], [ %166, %165 ]
  %223 = phi ptr [ %226, %221 ], [ %167, %165 ]
  %224 = phi ptr [ %225, %221 ], [ %168, %165 ]
  %225 = getelementptr inbounds i8, ptr %224, i64 -4
  %226 = getelementptr inbounds i8, ptr %223, i64 -4
  %227 = load i32, ptr %225, align 4, !tbaa !6
  %228 = load i32, ptr %226, align 4, !tbaa !6
  store i32 %228, ptr %225, align 4, !tbaa !6
  store i32 %227, ptr %226, align 4, !tbaa !6
  %229 = add nuw nsw i64 %222, 1
  %230 = icmp eq i64 %229, %72
  br i1 %230, label %213, label %221, !llvm.loop !156

231:                                              ; preds = %213, %128, %59, %54, %158, %86, %9, %4
  %232 = phi ptr [ %7, %4 ], [ %5, %9 ], [ %69, %158 ], [ %69, %86 ], [ %6, %54 ], [ %6, %59 ], [ %69, %128 ], [ %69, %213 ]
  %233 = ptrtoint ptr %232 to i64
  ret i64 %233
}

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #11

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) local_unnamed_addr #4 comdat {
  %6 = tail call noalias noundef nonnull dereferenceable(72) ptr @_Znwm(i64 noundef 72) #19
  %7 = getelementptr inbounds i8, ptr %6, i64 32
  %8 = load i64, ptr %3, align 8, !tbaa !33
  %9 = inttoptr i64 %8 to ptr
  %10 = getelementptr inbounds i8, ptr %6, i64 48
  store ptr %10, ptr %7, align 8, !tbaa !34
  %11 = load ptr, ptr %9, align 8, !tbaa !37
  %12 = getelementptr inbounds i8, ptr %9, i64 16
  %13 = icmp eq ptr %11, %12
  br i1 %13, label %14, label %20

14:                                               ; preds = %5
  %15 = getelementptr inbounds i8, ptr %9, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !40
  %17 = add i64 %16, 1
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %24, label %19

19:                                               ; preds = %14
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %10, ptr nonnull align 8 %12, i64 %17, i1 false)
  br label %24

20:                                               ; preds = %5
  store ptr %11, ptr %7, align 8, !tbaa !37
  %21 = load i64, ptr %12, align 8, !tbaa !39
  store i64 %21, ptr %10, align 8, !tbaa !39
  %22 = getelementptr inbounds i8, ptr %9, i64 8
  %23 = load i64, ptr %22, align 8, !tbaa !40
  br label %24

24:                                               ; preds = %14, %19, %20
  %25 = phi i64 [ -1, %14 ], [ %16, %19 ], [ %23, %20 ]
  %26 = getelementptr inbounds i8, ptr %9, i64 8
  %27 = getelementptr inbounds i8, ptr %6, i64 40
  store i64 %25, ptr %27, align 8, !tbaa !40
  store ptr %12, ptr %9, align 8, !tbaa !37
  store i64 0, ptr %26, align 8, !tbaa !40
  store i8 0, ptr %12, align 1, !tbaa !39
  %28 = getelementptr inbounds i8, ptr %6, i64 64
  store i32 0, ptr %28, align 8, !tbaa !157
  %29 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %7)
  %30 = extractvalue [2 x i64] %29, 1
  %31 = icmp eq i64 %30, 0
  %32 = extractvalue [2 x i64] %29, 0
  br i1 %31, label %65, label %33

33:                                               ; preds = %24
  %34 = inttoptr i64 %30 to ptr
  %35 = icmp ne i64 %32, 0
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = icmp eq ptr %36, %34
  %38 = select i1 %35, i1 true, i1 %37
  br i1 %38, label %59, label %39

39:                                               ; preds = %33
  %40 = load i64, ptr %27, align 8, !tbaa !40
  %41 = getelementptr inbounds i8, ptr %34, i64 40
  %42 = load i64, ptr %41, align 8, !tbaa !40
  %43 = tail call i64 @llvm.umin.i64(i64 %42, i64 %40)
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %51, label %45

45:                                               ; preds = %39
  %46 = getelementptr inbounds i8, ptr %34, i64 32
  %47 = load ptr, ptr %46, align 8, !tbaa !37
  %48 = load ptr, ptr %7, align 8, !tbaa !37
  %49 = tail call i32 @memcmp(ptr noundef %48, ptr noundef %47, i64 noundef %43) #20
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %51, label %56

51:                                               ; preds = %45, %39
  %52 = sub i64 %40, %42
  %53 = tail call i64 @llvm.smax.i64(i64 %52, i64 -2147483648)
  %54 = tail call i64 @llvm.smin.i64(i64 %53, i64 2147483647)
  %55 = trunc nsw i64 %54 to i32
  br label %56

56:                                               ; preds = %51, %45
  %57 = phi i32 [ %49, %45 ], [ %55, %51 ]
  %58 = icmp slt i32 %57, 0
  br label %59

59:                                               ; preds = %56, %33
  %60 = phi i1 [ true, %33 ], [ %58, %56 ]
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef %60, ptr noundef nonnull %6, ptr noundef nonnull %34, ptr noundef nonnull align 8 dereferenceable(32) %36) #20
  %61 = getelementptr inbounds i8, ptr %0, i64 40
  %62 = load i64, ptr %61, align 8, !tbaa !31
  %63 = add i64 %62, 1
  store i64 %63, ptr %61, align 8, !tbaa !31
  %64 = ptrtoint ptr %6 to i64
  br label %72

65:                                               ; preds = %24
  %66 = load ptr, ptr %7, align 8, !tbaa !37
  %67 = icmp eq ptr %66, %10
  br i1 %67, label %71, label %68

68:                                               ; preds = %65
  %69 = load i64, ptr %10, align 8, !tbaa !39
  %70 = add i64 %69, 1
  tail call void @_ZdlPvm(ptr noundef %66, i64 noundef %70) #21
  br label %71

71:                                               ; preds = %68, %65
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 72) #21
  br label %72

72:                                               ; preds = %59, %71
  %73 = phi i64 [ %64, %59 ], [ %32, %71 ]
  ret i64 %73
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = icmp eq ptr %5, %4
  br i1 %6, label %7, label %40

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  %9 = load i64, ptr %8, align 8, !tbaa !31
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %34, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = load ptr, ptr %12, align 8, !tbaa !33
  %14 = getelementptr inbounds i8, ptr %13, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !40
  %16 = getelementptr inbounds i8, ptr %2, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !40
  %18 = tail call i64 @llvm.umin.i64(i64 %17, i64 %15)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %26, label %20

20:                                               ; preds = %11
  %21 = getelementptr inbounds i8, ptr %13, i64 32
  %22 = load ptr, ptr %2, align 8, !tbaa !37
  %23 = load ptr, ptr %21, align 8, !tbaa !37
  %24 = tail call i32 @memcmp(ptr noundef %23, ptr noundef %22, i64 noundef %18) #20
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %20, %11
  %27 = sub i64 %15, %17
  %28 = tail call i64 @llvm.smax.i64(i64 %27, i64 -2147483648)
  %29 = tail call i64 @llvm.smin.i64(i64 %28, i64 2147483647)
  %30 = trunc nsw i64 %29 to i32
  br label %31

31:                                               ; preds = %20, %26
  %32 = phi i32 [ %24, %20 ], [ %30, %26 ]
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %144, label %34

34:                                               ; preds = %31, %7
  %35 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %36 = extractvalue [2 x i64] %35, 0
  %37 = inttoptr i64 %36 to ptr
  %38 = extractvalue [2 x i64] %35, 1
  %39 = inttoptr i64 %38 to ptr
  br label %144

40:                                               ; preds = %3
  %41 = getelementptr inbounds i8, ptr %2, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !40
  %43 = getelementptr inbounds i8, ptr %4, i64 40
  %44 = load i64, ptr %43, align 8, !tbaa !40
  %45 = tail call i64 @llvm.umin.i64(i64 %44, i64 %42)
  %46 = icmp eq i64 %45, 0
  br i1 %46, label %53, label %47

47:                                               ; preds = %40
  %48 = getelementptr inbounds i8, ptr %4, i64 32
  %49 = load ptr, ptr %48, align 8, !tbaa !37
  %50 = load ptr, ptr %2, align 8, !tbaa !37
  %51 = tail call i32 @memcmp(ptr noundef %50, ptr noundef %49, i64 noundef %45) #20
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %56, label %59

53:                                               ; preds = %40
  %54 = sub i64 %42, %44
  %55 = icmp slt i64 %54, 0
  br i1 %55, label %61, label %100

56:                                               ; preds = %47
  %57 = sub i64 %42, %44
  %58 = icmp slt i64 %57, 0
  br i1 %58, label %61, label %97

59:                                               ; preds = %47
  %60 = icmp slt i32 %51, 0
  br i1 %60, label %61, label %97

61:                                               ; preds = %56, %59, %53
  %62 = getelementptr inbounds i8, ptr %0, i64 24
  %63 = load ptr, ptr %62, align 8, !tbaa !33
  %64 = icmp eq ptr %63, %4
  br i1 %64, label %144, label %65

65:                                               ; preds = %61
  %66 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #22
  %67 = getelementptr inbounds i8, ptr %66, i64 40
  %68 = load i64, ptr %67, align 8, !tbaa !40
  %69 = tail call i64 @llvm.umin.i64(i64 %42, i64 %68)
  %70 = icmp eq i64 %69, 0
  br i1 %70, label %77, label %71

71:                                               ; preds = %65
  %72 = getelementptr inbounds i8, ptr %66, i64 32
  %73 = load ptr, ptr %2, align 8, !tbaa !37
  %74 = load ptr, ptr %72, align 8, !tbaa !37
  %75 = tail call i32 @memcmp(ptr noundef %74, ptr noundef %73, i64 noundef %69) #20
  %76 = icmp eq i32 %75, 0
  br i1 %76, label %77, label %82

77:                                               ; preds = %71, %65
  %78 = sub i64 %68, %42
  %79 = tail call i64 @llvm.smax.i64(i64 %78, i64 -2147483648)
  %80 = tail call i64 @llvm.smin.i64(i64 %79, i64 2147483647)
  %81 = trunc nsw i64 %80 to i32
  br label %82

82:                                               ; preds = %71, %77
  %83 = phi i32 [ %75, %71 ], [ %81, %77 ]
  %84 = icmp slt i32 %83, 0
  br i1 %84, label %85, label %91

85:                                               ; preds = %82
  %86 = getelementptr inbounds i8, ptr %66, i64 24
  %87 = load ptr, ptr %86, align 8, !tbaa !119
  %88 = icmp eq ptr %87, null
  %89 = select i1 %88, ptr null, ptr %4
  %90 = select i1 %88, ptr %66, ptr %4
  br label %144

91:                                               ; preds = %82
  %92 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %93 = extractvalue [2 x i64] %92, 0
  %94 = inttoptr i64 %93 to ptr
  %95 = extractvalue [2 x i64] %92, 1
  %96 = inttoptr i64 %95 to ptr
  br label %144

97:                                               ; preds = %56, %59
  %98 = tail call i32 @memcmp(ptr noundef %49, ptr noundef %50, i64 noundef %45) #20
  %99 = icmp eq i32 %98, 0
  br i1 %99, label %100, label %105

100:                                              ; preds = %53, %97
  %101 = sub i64 %44, %42
  %102 = tail call i64 @llvm.smax.i64(i64 %101, i64 -2147483648)
  %103 = tail call i64 @llvm.smin.i64(i64 %102, i64 2147483647)
  %104 = trunc nsw i64 %103 to i32
  br label %105

105:                                              ; preds = %97, %100
  %106 = phi i32 [ %98, %97 ], [ %104, %100 ]
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %108, label %144

108:                                              ; preds = %105
  %109 = getelementptr inbounds i8, ptr %0, i64 32
  %110 = load ptr, ptr %109, align 8, !tbaa !33
  %111 = icmp eq ptr %110, %4
  br i1 %111, label %144, label %112

112:                                              ; preds = %108
  %113 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #22
  %114 = getelementptr inbounds i8, ptr %113, i64 40
  %115 = load i64, ptr %114, align 8, !tbaa !40
  %116 = tail call i64 @llvm.umin.i64(i64 %115, i64 %42)
  %117 = icmp eq i64 %116, 0
  br i1 %117, label %124, label %118

118:                                              ; preds = %112
  %119 = getelementptr inbounds i8, ptr %113, i64 32
  %120 = load ptr, ptr %119, align 8, !tbaa !37
  %121 = load ptr, ptr %2, align 8, !tbaa !37
  %122 = tail call i32 @memcmp(ptr noundef %121, ptr noundef %120, i64 noundef %116) #20
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %124, label %129

124:                                              ; preds = %118, %112
  %125 = sub i64 %42, %115
  %126 = tail call i64 @llvm.smax.i64(i64 %125, i64 -2147483648)
  %127 = tail call i64 @llvm.smin.i64(i64 %126, i64 2147483647)
  %128 = trunc nsw i64 %127 to i32
  br label %129

129:                                              ; preds = %118, %124
  %130 = phi i32 [ %122, %118 ], [ %128, %124 ]
  %131 = icmp slt i32 %130, 0
  br i1 %131, label %132, label %138

132:                                              ; preds = %129
  %133 = getelementptr inbounds i8, ptr %4, i64 24
  %134 = load ptr, ptr %133, align 8, !tbaa !119
  %135 = icmp eq ptr %134, null
  %136 = select i1 %135, ptr null, ptr %113
  %137 = select i1 %135, ptr %4, ptr %113
  br label %144

138:                                              ; preds = %129
  %139 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %140 = extractvalue [2 x i64] %139, 0
  %141 = inttoptr i64 %140 to ptr
  %142 = extractvalue [2 x i64] %139, 1
  %143 = inttoptr i64 %142 to ptr
  br label %144

144:                                              ; preds = %132, %85, %105, %138, %108, %91, %61, %31, %34
  %145 = phi ptr [ %37, %34 ], [ null, %31 ], [ %94, %91 ], [ %4, %61 ], [ %141, %138 ], [ null, %108 ], [ %4, %105 ], [ %89, %85 ], [ %136, %132 ]
  %146 = phi ptr [ %39, %34 ], [ %13, %31 ], [ %96, %91 ], [ %4, %61 ], [ %143, %138 ], [ %4, %108 ], [ null, %105 ], [ %90, %85 ], [ %137, %132 ]
  %147 = ptrtoint ptr %145 to i64
  %148 = insertvalue [2 x i64] poison, i64 %147, 0
  %149 = ptrtoint ptr %146 to i64
  %150 = insertvalue [2 x i64] %148, i64 %149, 1
  ret [2 x i64] %150
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !33
  %6 = icmp eq ptr %5, null
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !40
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %27
  %12 = phi ptr [ %5, %7 ], [ %32, %27 ]
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !40
  %15 = tail call i64 @llvm.umin.i64(i64 %14, i64 %9)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %11
  %18 = getelementptr inbounds i8, ptr %12, i64 32
  %19 = load ptr, ptr %18, align 8, !tbaa !37
  %20 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %19, i64 noundef %15) #20
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %17, %11
  %23 = sub i64 %9, %14
  %24 = tail call i64 @llvm.smax.i64(i64 %23, i64 -2147483648)
  %25 = tail call i64 @llvm.smin.i64(i64 %24, i64 2147483647)
  %26 = trunc nsw i64 %25 to i32
  br label %27

27:                                               ; preds = %17, %22
  %28 = phi i32 [ %20, %17 ], [ %26, %22 ]
  %29 = icmp slt i32 %28, 0
  %30 = select i1 %29, i64 16, i64 24
  %31 = getelementptr inbounds i8, ptr %12, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !33
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %11, !llvm.loop !159

34:                                               ; preds = %27
  br i1 %29, label %35, label %42

35:                                               ; preds = %2, %34
  %36 = phi ptr [ %12, %34 ], [ %4, %2 ]
  %37 = getelementptr inbounds i8, ptr %0, i64 24
  %38 = load ptr, ptr %37, align 8, !tbaa !29
  %39 = icmp eq ptr %36, %38
  br i1 %39, label %68, label %40

40:                                               ; preds = %35
  %41 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %36) #22
  br label %42

42:                                               ; preds = %40, %34
  %43 = phi ptr [ %36, %40 ], [ %12, %34 ]
  %44 = phi ptr [ %41, %40 ], [ %12, %34 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 40
  %46 = load i64, ptr %45, align 8, !tbaa !40
  %47 = getelementptr inbounds i8, ptr %1, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !40
  %49 = tail call i64 @llvm.umin.i64(i64 %48, i64 %46)
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %57, label %51

51:                                               ; preds = %42
  %52 = getelementptr inbounds i8, ptr %44, i64 32
  %53 = load ptr, ptr %1, align 8, !tbaa !37
  %54 = load ptr, ptr %52, align 8, !tbaa !37
  %55 = tail call i32 @memcmp(ptr noundef %54, ptr noundef %53, i64 noundef %49) #20
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %62

57:                                               ; preds = %51, %42
  %58 = sub i64 %46, %48
  %59 = tail call i64 @llvm.smax.i64(i64 %58, i64 -2147483648)
  %60 = tail call i64 @llvm.smin.i64(i64 %59, i64 2147483647)
  %61 = trunc nsw i64 %60 to i32
  br label %62

62:                                               ; preds = %51, %57
  %63 = phi i32 [ %55, %51 ], [ %61, %57 ]
  %64 = icmp slt i32 %63, 0
  %65 = ptrtoint ptr %44 to i64
  %66 = select i1 %64, ptr %43, ptr null
  %67 = select i1 %64, i64 0, i64 %65
  br label %68

68:                                               ; preds = %62, %35
  %69 = phi i64 [ 0, %35 ], [ %67, %62 ]
  %70 = phi ptr [ %36, %35 ], [ %66, %62 ]
  %71 = insertvalue [2 x i64] poison, i64 %69, 0
  %72 = ptrtoint ptr %70 to i64
  %73 = insertvalue [2 x i64] %71, i64 %72, 1
  ret [2 x i64] %73
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !33
  %6 = icmp eq ptr %5, null
  br i1 %6, label %111, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !40
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %105
  %12 = phi ptr [ %5, %7 ], [ %109, %105 ]
  %13 = phi ptr [ %4, %7 ], [ %107, %105 ]
  %14 = getelementptr inbounds i8, ptr %12, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !40
  %16 = tail call i64 @llvm.umin.i64(i64 %9, i64 %15)
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %23, label %18

18:                                               ; preds = %11
  %19 = getelementptr inbounds i8, ptr %12, i64 32
  %20 = load ptr, ptr %19, align 8, !tbaa !37
  %21 = tail call i32 @memcmp(ptr noundef %20, ptr noundef %10, i64 noundef %16) #20
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %26, label %29

23:                                               ; preds = %11
  %24 = sub i64 %15, %9
  %25 = icmp slt i64 %24, 0
  br i1 %25, label %105, label %34

26:                                               ; preds = %18
  %27 = sub i64 %15, %9
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %105, label %31

29:                                               ; preds = %18
  %30 = icmp slt i32 %21, 0
  br i1 %30, label %105, label %31

31:                                               ; preds = %26, %29
  %32 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %20, i64 noundef %16) #20
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %39

34:                                               ; preds = %23, %31
  %35 = sub i64 %9, %15
  %36 = tail call i64 @llvm.smax.i64(i64 %35, i64 -2147483648)
  %37 = tail call i64 @llvm.smin.i64(i64 %36, i64 2147483647)
  %38 = trunc nsw i64 %37 to i32
  br label %39

39:                                               ; preds = %31, %34
  %40 = phi i32 [ %32, %31 ], [ %38, %34 ]
  %41 = icmp slt i32 %40, 0
  br i1 %41, label %105, label %42

42:                                               ; preds = %39
  %43 = getelementptr inbounds i8, ptr %12, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !120
  %45 = getelementptr inbounds i8, ptr %12, i64 24
  %46 = load ptr, ptr %45, align 8, !tbaa !119
  %47 = icmp eq ptr %44, null
  br i1 %47, label %73, label %48

48:                                               ; preds = %42, %65
  %49 = phi ptr [ %71, %65 ], [ %44, %42 ]
  %50 = phi ptr [ %68, %65 ], [ %12, %42 ]
  %51 = getelementptr inbounds i8, ptr %49, i64 40
  %52 = load i64, ptr %51, align 8, !tbaa !40
  %53 = tail call i64 @llvm.umin.i64(i64 %9, i64 %52)
  %54 = icmp eq i64 %53, 0
  br i1 %54, label %60, label %55

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %49, i64 32
  %57 = load ptr, ptr %56, align 8, !tbaa !37
  %58 = tail call i32 @memcmp(ptr noundef %57, ptr noundef %10, i64 noundef %53) #20
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %65

60:                                               ; preds = %55, %48
  %61 = sub i64 %52, %9
  %62 = tail call i64 @llvm.smax.i64(i64 %61, i64 -2147483648)
  %63 = tail call i64 @llvm.smin.i64(i64 %62, i64 2147483647)
  %64 = trunc nsw i64 %63 to i32
  br label %65

65:                                               ; preds = %60, %55
  %66 = phi i32 [ %58, %55 ], [ %64, %60 ]
  %67 = icmp slt i32 %66, 0
  %68 = select i1 %67, ptr %50, ptr %49
  %69 = select i1 %67, i64 24, i64 16
  %70 = getelementptr inbounds i8, ptr %49, i64 %69
  %71 = load ptr, ptr %70, align 8, !tbaa !33
  %72 = icmp eq ptr %71, null
  br i1 %72, label %73, label %48, !llvm.loop !41

73:                                               ; preds = %65, %42
  %74 = phi ptr [ %12, %42 ], [ %68, %65 ]
  %75 = ptrtoint ptr %74 to i64
  %76 = icmp eq ptr %46, null
  br i1 %76, label %102, label %77

77:                                               ; preds = %73, %94
  %78 = phi ptr [ %100, %94 ], [ %46, %73 ]
  %79 = phi ptr [ %97, %94 ], [ %13, %73 ]
  %80 = getelementptr inbounds i8, ptr %78, i64 40
  %81 = load i64, ptr %80, align 8, !tbaa !40
  %82 = tail call i64 @llvm.umin.i64(i64 %81, i64 %9)
  %83 = icmp eq i64 %82, 0
  br i1 %83, label %89, label %84

84:                                               ; preds = %77
  %85 = getelementptr inbounds i8, ptr %78, i64 32
  %86 = load ptr, ptr %85, align 8, !tbaa !37
  %87 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %86, i64 noundef %82) #20
  %88 = icmp eq i32 %87, 0
  br i1 %88, label %89, label %94

89:                                               ; preds = %84, %77
  %90 = sub i64 %9, %81
  %91 = tail call i64 @llvm.smax.i64(i64 %90, i64 -2147483648)
  %92 = tail call i64 @llvm.smin.i64(i64 %91, i64 2147483647)
  %93 = trunc nsw i64 %92 to i32
  br label %94

94:                                               ; preds = %89, %84
  %95 = phi i32 [ %87, %84 ], [ %93, %89 ]
  %96 = icmp slt i32 %95, 0
  %97 = select i1 %96, ptr %78, ptr %79
  %98 = select i1 %96, i64 16, i64 24
  %99 = getelementptr inbounds i8, ptr %78, i64 %98
  %100 = load ptr, ptr %99, align 8, !tbaa !33
  %101 = icmp eq ptr %100, null
  br i1 %101, label %102, label %77, !llvm.loop !42

102:                                              ; preds = %94, %73
  %103 = phi ptr [ %13, %73 ], [ %97, %94 ]
  %104 = ptrtoint ptr %103 to i64
  br label %114

105:                                              ; preds = %39, %23, %29, %26
  %106 = phi i64 [ 24, %26 ], [ 24, %29 ], [ 24, %23 ], [ 16, %39 ]
  %107 = phi ptr [ %13, %26 ], [ %13, %29 ], [ %13, %23 ], [ %12, %39 ]
  %108 = getelementptr inbounds i8, ptr %12, i64 %106
  %109 = load ptr, ptr %108, align 8, !tbaa !33
  %110 = icmp eq ptr %109, null
  br i1 %110, label %111, label %11, !llvm.loop !160

111:                                              ; preds = %105, %2
  %112 = phi ptr [ %4, %2 ], [ %107, %105 ]
  %113 = ptrtoint ptr %112 to i64
  br label %114

114:                                              ; preds = %111, %102
  %115 = phi i64 [ %113, %111 ], [ %75, %102 ]
  %116 = phi i64 [ %113, %111 ], [ %104, %102 ]
  %117 = insertvalue [2 x i64] poison, i64 %115, 0
  %118 = insertvalue [2 x i64] %117, i64 %116, 1
  ret [2 x i64] %118
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, i64 %2) local_unnamed_addr #4 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = inttoptr i64 %2 to ptr
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !29
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %9, label %17

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = icmp eq ptr %10, %5
  br i1 %11, label %12, label %17

12:                                               ; preds = %9
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = load ptr, ptr %13, align 8, !tbaa !28
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %14)
  store ptr null, ptr %13, align 8, !tbaa !28
  store ptr %10, ptr %6, align 8, !tbaa !29
  %15 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %10, ptr %15, align 8, !tbaa !30
  %16 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %16, align 8, !tbaa !31
  br label %37

17:                                               ; preds = %3, %9
  %18 = icmp eq ptr %4, %5
  br i1 %18, label %37, label %19

19:                                               ; preds = %17
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  %21 = getelementptr inbounds i8, ptr %0, i64 40
  br label %22

22:                                               ; preds = %19, %33
  %23 = phi ptr [ %4, %19 ], [ %24, %33 ]
  %24 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef %23) #22
  %25 = tail call noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef %23, ptr noundef nonnull align 8 dereferenceable(32) %20) #20
  %26 = getelementptr inbounds i8, ptr %25, i64 32
  %27 = load ptr, ptr %26, align 8, !tbaa !37
  %28 = getelementptr inbounds i8, ptr %25, i64 48
  %29 = icmp eq ptr %27, %28
  br i1 %29, label %33, label %30

30:                                               ; preds = %22
  %31 = load i64, ptr %28, align 8, !tbaa !39
  %32 = add i64 %31, 1
  tail call void @_ZdlPvm(ptr noundef %27, i64 noundef %32) #21
  br label %33

33:                                               ; preds = %22, %30
  tail call void @_ZdlPvm(ptr noundef nonnull %25, i64 noundef 72) #21
  %34 = load i64, ptr %21, align 8, !tbaa !31
  %35 = add i64 %34, -1
  store i64 %35, ptr %21, align 8, !tbaa !31
  %36 = icmp eq ptr %24, %5
  br i1 %36, label %37, label %22, !llvm.loop !161

37:                                               ; preds = %33, %17, %12
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIiERKi(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 4 dereferenceable(4) %2) local_unnamed_addr #4 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = icmp eq ptr %5, %4
  br i1 %6, label %7, label %52

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  %9 = load i64, ptr %8, align 8, !tbaa !31
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %18, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = load ptr, ptr %12, align 8, !tbaa !33
  %14 = getelementptr inbounds i8, ptr %13, i64 32
  %15 = load i32, ptr %14, align 4, !tbaa !6
  %16 = load i32, ptr %2, align 4, !tbaa !6
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %147, label %18

18:                                               ; preds = %11, %7
  %19 = getelementptr inbounds i8, ptr %0, i64 16
  %20 = load ptr, ptr %19, align 8, !tbaa !33
  %21 = icmp eq ptr %20, null
  br i1 %21, label %34, label %22

22:                                               ; preds = %18
  %23 = load i32, ptr %2, align 4, !tbaa !6
  br label %24

24:                                               ; preds = %24, %22
  %25 = phi ptr [ %20, %22 ], [ %31, %24 ]
  %26 = getelementptr inbounds i8, ptr %25, i64 32
  %27 = load i32, ptr %26, align 4, !tbaa !6
  %28 = icmp slt i32 %23, %27
  %29 = select i1 %28, i64 16, i64 24
  %30 = getelementptr inbounds i8, ptr %25, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !33
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %24, !llvm.loop !162

33:                                               ; preds = %24
  br i1 %28, label %34, label %44

34:                                               ; preds = %33, %18
  %35 = phi ptr [ %25, %33 ], [ %5, %18 ]
  %36 = getelementptr inbounds i8, ptr %0, i64 24
  %37 = load ptr, ptr %36, align 8, !tbaa !29
  %38 = icmp eq ptr %35, %37
  br i1 %38, label %147, label %39

39:                                               ; preds = %34
  %40 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %35) #22
  %41 = getelementptr inbounds i8, ptr %40, i64 32
  %42 = load i32, ptr %41, align 4, !tbaa !6
  %43 = load i32, ptr %2, align 4, !tbaa !6
  br label %44

44:                                               ; preds = %39, %33
  %45 = phi i32 [ %43, %39 ], [ %23, %33 ]
  %46 = phi i32 [ %42, %39 ], [ %27, %33 ]
  %47 = phi ptr [ %35, %39 ], [ %25, %33 ]
  %48 = phi ptr [ %40, %39 ], [ %25, %33 ]
  %49 = icmp slt i32 %46, %45
  %50 = select i1 %49, ptr %47, ptr null
  %51 = select i1 %49, ptr null, ptr %48
  br label %147

52:                                               ; preds = %3
  %53 = getelementptr inbounds i8, ptr %4, i64 32
  %54 = load i32, ptr %2, align 4, !tbaa !6
  %55 = load i32, ptr %53, align 4, !tbaa !6
  %56 = icmp slt i32 %54, %55
  br i1 %56, label %57, label %100

57:                                               ; preds = %52
  %58 = getelementptr inbounds i8, ptr %0, i64 24
  %59 = load ptr, ptr %58, align 8, !tbaa !33
  %60 = icmp eq ptr %59, %4
  br i1 %60, label %147, label %61

61:                                               ; preds = %57
  %62 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #22
  %63 = getelementptr inbounds i8, ptr %62, i64 32
  %64 = load i32, ptr %63, align 4, !tbaa !6
  %65 = icmp slt i32 %64, %54
  br i1 %65, label %66, label %72

66:                                               ; preds = %61
  %67 = getelementptr inbounds i8, ptr %62, i64 24
  %68 = load ptr, ptr %67, align 8, !tbaa !119
  %69 = icmp eq ptr %68, null
  %70 = select i1 %69, ptr null, ptr %4
  %71 = select i1 %69, ptr %62, ptr %4
  br label %147

72:                                               ; preds = %61
  %73 = getelementptr inbounds i8, ptr %0, i64 16
  %74 = load ptr, ptr %73, align 8, !tbaa !33
  %75 = icmp eq ptr %74, null
  br i1 %75, label %86, label %76

76:                                               ; preds = %72, %76
  %77 = phi ptr [ %83, %76 ], [ %74, %72 ]
  %78 = getelementptr inbounds i8, ptr %77, i64 32
  %79 = load i32, ptr %78, align 4, !tbaa !6
  %80 = icmp slt i32 %54, %79
  %81 = select i1 %80, i64 16, i64 24
  %82 = getelementptr inbounds i8, ptr %77, i64 %81
  %83 = load ptr, ptr %82, align 8, !tbaa !33
  %84 = icmp eq ptr %83, null
  br i1 %84, label %85, label %76, !llvm.loop !162

85:                                               ; preds = %76
  br i1 %80, label %86, label %93

86:                                               ; preds = %85, %72
  %87 = phi ptr [ %77, %85 ], [ %5, %72 ]
  %88 = icmp eq ptr %87, %59
  br i1 %88, label %147, label %89

89:                                               ; preds = %86
  %90 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %87) #22
  %91 = getelementptr inbounds i8, ptr %90, i64 32
  %92 = load i32, ptr %91, align 4, !tbaa !6
  br label %93

93:                                               ; preds = %89, %85
  %94 = phi i32 [ %92, %89 ], [ %79, %85 ]
  %95 = phi ptr [ %87, %89 ], [ %77, %85 ]
  %96 = phi ptr [ %90, %89 ], [ %77, %85 ]
  %97 = icmp slt i32 %94, %54
  %98 = select i1 %97, ptr %95, ptr null
  %99 = select i1 %97, ptr null, ptr %96
  br label %147

100:                                              ; preds = %52
  %101 = icmp slt i32 %55, %54
  br i1 %101, label %102, label %147

102:                                              ; preds = %100
  %103 = getelementptr inbounds i8, ptr %0, i64 32
  %104 = load ptr, ptr %103, align 8, !tbaa !33
  %105 = icmp eq ptr %104, %4
  br i1 %105, label %147, label %106

106:                                              ; preds = %102
  %107 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #22
  %108 = getelementptr inbounds i8, ptr %107, i64 32
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = icmp slt i32 %54, %109
  br i1 %110, label %111, label %117

111:                                              ; preds = %106
  %112 = getelementptr inbounds i8, ptr %4, i64 24
  %113 = load ptr, ptr %112, align 8, !tbaa !119
  %114 = icmp eq ptr %113, null
  %115 = select i1 %114, ptr null, ptr %107
  %116 = select i1 %114, ptr %4, ptr %107
  br label %147

117:                                              ; preds = %106
  %118 = getelementptr inbounds i8, ptr %0, i64 16
  %119 = load ptr, ptr %118, align 8, !tbaa !33
  %120 = icmp eq ptr %119, null
  br i1 %120, label %131, label %121

121:                                              ; preds = %117, %121
  %122 = phi ptr [ %128, %121 ], [ %119, %117 ]
  %123 = getelementptr inbounds i8, ptr %122, i64 32
  %124 = load i32, ptr %123, align 4, !tbaa !6
  %125 = icmp slt i32 %54, %124
  %126 = select i1 %125, i64 16, i64 24
  %127 = getelementptr inbounds i8, ptr %122, i64 %126
  %128 = load ptr, ptr %127, align 8, !tbaa !33
  %129 = icmp eq ptr %128, null
  br i1 %129, label %130, label %121, !llvm.loop !162

130:                                              ; preds = %121
  br i1 %125, label %131, label %140

131:                                              ; preds = %130, %117
  %132 = phi ptr [ %122, %130 ], [ %5, %117 ]
  %133 = getelementptr inbounds i8, ptr %0, i64 24
  %134 = load ptr, ptr %133, align 8, !tbaa !29
  %135 = icmp eq ptr %132, %134
  br i1 %135, label %147, label %136

136:                                              ; preds = %131
  %137 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %132) #22
  %138 = getelementptr inbounds i8, ptr %137, i64 32
  %139 = load i32, ptr %138, align 4, !tbaa !6
  br label %140

140:                                              ; preds = %136, %130
  %141 = phi i32 [ %139, %136 ], [ %124, %130 ]
  %142 = phi ptr [ %132, %136 ], [ %122, %130 ]
  %143 = phi ptr [ %137, %136 ], [ %122, %130 ]
  %144 = icmp slt i32 %141, %54
  %145 = select i1 %144, ptr %142, ptr null
  %146 = select i1 %144, ptr null, ptr %143
  br label %147

147:                                              ; preds = %140, %131, %93, %86, %44, %34, %111, %66, %100, %102, %57, %11
  %148 = phi ptr [ null, %11 ], [ %4, %57 ], [ null, %102 ], [ %4, %100 ], [ %70, %66 ], [ %115, %111 ], [ null, %34 ], [ %51, %44 ], [ null, %86 ], [ %99, %93 ], [ null, %131 ], [ %146, %140 ]
  %149 = phi ptr [ %13, %11 ], [ %4, %57 ], [ %4, %102 ], [ null, %100 ], [ %71, %66 ], [ %116, %111 ], [ %35, %34 ], [ %50, %44 ], [ %59, %86 ], [ %98, %93 ], [ %132, %131 ], [ %145, %140 ]
  %150 = ptrtoint ptr %148 to i64
  %151 = insertvalue [2 x i64] poison, i64 %150, 0
  %152 = ptrtoint ptr %149 to i64
  %153 = insertvalue [2 x i64] %151, i64 %152, 1
  ret [2 x i64] %153
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt8__detail9_Map_baseIiSt4pairIKiiESaIS3_ENS_10_Select1stESt8equal_toIiESt4hashIiENS_18_Mod_range_hashingENS_20_Default_ranged_hashENS_20_Prime_rehash_policyENS_17_Hashtable_traitsILb0ELb0ELb1EEELb1EEixEOi(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat {
  %3 = load i32, ptr %1, align 4, !tbaa !6
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load i64, ptr %5, align 8
  %7 = urem i64 %4, %6
  %8 = load ptr, ptr %0, align 8, !tbaa !45
  %9 = getelementptr inbounds ptr, ptr %8, i64 %7
  %10 = load ptr, ptr %9, align 8, !tbaa !33
  %11 = icmp eq ptr %10, null
  br i1 %11, label %29, label %12

12:                                               ; preds = %2
  %13 = load ptr, ptr %10, align 8, !tbaa !53
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  %15 = load i32, ptr %14, align 4, !tbaa !6
  %16 = icmp eq i32 %3, %15
  br i1 %16, label %69, label %19

17:                                               ; preds = %23
  %18 = icmp eq i32 %3, %25
  br i1 %18, label %69, label %19, !llvm.loop !163

19:                                               ; preds = %12, %17
  %20 = phi ptr [ %21, %17 ], [ %13, %12 ]
  %21 = load ptr, ptr %20, align 8, !tbaa !53
  %22 = icmp eq ptr %21, null
  br i1 %22, label %29, label %23

23:                                               ; preds = %19
  %24 = getelementptr inbounds i8, ptr %21, i64 8
  %25 = load i32, ptr %24, align 4, !tbaa !6
  %26 = sext i32 %25 to i64
  %27 = urem i64 %26, %6
  %28 = icmp eq i64 %27, %7
  br i1 %28, label %17, label %29, !llvm.loop !163

29:                                               ; preds = %23, %19, %2
  %30 = tail call noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #19
  %31 = getelementptr inbounds i8, ptr %30, i64 8
  store i32 %3, ptr %31, align 4, !tbaa !164
  %32 = getelementptr inbounds i8, ptr %30, i64 12
  store i32 0, ptr %32, align 4, !tbaa !166
  %33 = getelementptr inbounds i8, ptr %0, i64 32
  %34 = getelementptr inbounds i8, ptr %0, i64 24
  %35 = load i64, ptr %34, align 8, !tbaa !65
  %36 = tail call [2 x i64] @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %33, i64 noundef %6, i64 noundef %35, i64 noundef 1) #20
  %37 = extractvalue [2 x i64] %36, 0
  %38 = trunc i64 %37 to i1
  br i1 %38, label %39, label %43

39:                                               ; preds = %29
  %40 = extractvalue [2 x i64] %36, 1
  tail call void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %40, i8 undef)
  %41 = load i64, ptr %5, align 8, !tbaa !50
  %42 = urem i64 %4, %41
  br label %43

43:                                               ; preds = %39, %29
  %44 = phi i64 [ %42, %39 ], [ %7, %29 ]
  %45 = load ptr, ptr %0, align 8, !tbaa !45
  %46 = getelementptr inbounds ptr, ptr %45, i64 %44
  %47 = load ptr, ptr %46, align 8, !tbaa !33
  %48 = icmp eq ptr %47, null
  br i1 %48, label %51, label %49

49:                                               ; preds = %43
  %50 = load ptr, ptr %47, align 8, !tbaa !53
  store ptr %50, ptr %30, align 8, !tbaa !53
  store ptr %30, ptr %47, align 8, !tbaa !53
  br label %66

51:                                               ; preds = %43
  %52 = getelementptr inbounds i8, ptr %0, i64 16
  %53 = load ptr, ptr %52, align 8, !tbaa !52
  store ptr %53, ptr %30, align 8, !tbaa !53
  store ptr %30, ptr %52, align 8, !tbaa !52
  %54 = icmp eq ptr %53, null
  br i1 %54, label %63, label %55

55:                                               ; preds = %51
  %56 = getelementptr inbounds i8, ptr %53, i64 8
  %57 = load i64, ptr %5, align 8, !tbaa !50
  %58 = load i32, ptr %56, align 4, !tbaa !6
  %59 = sext i32 %58 to i64
  %60 = urem i64 %59, %57
  %61 = getelementptr inbounds ptr, ptr %45, i64 %60
  store ptr %30, ptr %61, align 8, !tbaa !33
  %62 = load ptr, ptr %0, align 8, !tbaa !45
  br label %63

63:                                               ; preds = %55, %51
  %64 = phi ptr [ %62, %55 ], [ %45, %51 ]
  %65 = getelementptr inbounds ptr, ptr %64, i64 %44
  store ptr %52, ptr %65, align 8, !tbaa !33
  br label %66

66:                                               ; preds = %63, %49
  %67 = load i64, ptr %34, align 8, !tbaa !65
  %68 = add i64 %67, 1
  store i64 %68, ptr %34, align 8, !tbaa !65
  br label %69

69:                                               ; preds = %17, %12, %66
  %70 = phi ptr [ %30, %66 ], [ %13, %12 ], [ %21, %17 ]
  %71 = getelementptr inbounds i8, ptr %70, i64 12
  ret ptr %71
}

declare [2 x i64] @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16), i64 noundef, i64 noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i8 %2) local_unnamed_addr #4 comdat {
  %4 = icmp eq i64 %1, 1
  br i1 %4, label %5, label %7, !prof !10

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %6, align 8, !tbaa !167
  br label %16

7:                                                ; preds = %3
  %8 = icmp ugt i64 %1, 1152921504606846975
  br i1 %8, label %9, label %13, !prof !10

9:                                                ; preds = %7
  %10 = icmp ugt i64 %1, 2305843009213693951
  br i1 %10, label %11, label %12

11:                                               ; preds = %9
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

12:                                               ; preds = %9
  tail call void @_ZSt17__throw_bad_allocv() #18
  unreachable

13:                                               ; preds = %7
  %14 = shl nuw nsw i64 %1, 3
  %15 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %14) #19
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %15, i8 0, i64 %14, i1 false)
  br label %16

16:                                               ; preds = %5, %13
  %17 = phi ptr [ %6, %5 ], [ %15, %13 ]
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load ptr, ptr %18, align 8, !tbaa !52
  store ptr null, ptr %18, align 8, !tbaa !52
  %20 = icmp eq ptr %19, null
  br i1 %20, label %47, label %21

21:                                               ; preds = %16, %44
  %22 = phi ptr [ %24, %44 ], [ %19, %16 ]
  %23 = phi i64 [ %45, %44 ], [ 0, %16 ]
  %24 = load ptr, ptr %22, align 8, !tbaa !53
  %25 = getelementptr inbounds i8, ptr %22, i64 8
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = sext i32 %26 to i64
  %28 = urem i64 %27, %1
  %29 = getelementptr inbounds ptr, ptr %17, i64 %28
  %30 = load ptr, ptr %29, align 8, !tbaa !33
  %31 = icmp eq ptr %30, null
  br i1 %31, label %32, label %38

32:                                               ; preds = %21
  %33 = load ptr, ptr %18, align 8, !tbaa !52
  store ptr %33, ptr %22, align 8, !tbaa !53
  store ptr %22, ptr %18, align 8, !tbaa !52
  store ptr %18, ptr %29, align 8, !tbaa !33
  %34 = load ptr, ptr %22, align 8, !tbaa !53
  %35 = icmp eq ptr %34, null
  br i1 %35, label %44, label %36

36:                                               ; preds = %32
  %37 = getelementptr inbounds ptr, ptr %17, i64 %23
  br label %41

38:                                               ; preds = %21
  %39 = load ptr, ptr %30, align 8, !tbaa !53
  store ptr %39, ptr %22, align 8, !tbaa !53
  %40 = load ptr, ptr %29, align 8, !tbaa !33
  br label %41

41:                                               ; preds = %38, %36
  %42 = phi ptr [ %37, %36 ], [ %40, %38 ]
  %43 = phi i64 [ %28, %36 ], [ %23, %38 ]
  store ptr %22, ptr %42, align 8, !tbaa !33
  br label %44

44:                                               ; preds = %41, %32
  %45 = phi i64 [ %28, %32 ], [ %43, %41 ]
  %46 = icmp eq ptr %24, null
  br i1 %46, label %47, label %21, !llvm.loop !168

47:                                               ; preds = %44, %16
  %48 = load ptr, ptr %0, align 8, !tbaa !45
  %49 = getelementptr inbounds i8, ptr %0, i64 48
  %50 = icmp eq ptr %49, %48
  br i1 %50, label %55, label %51

51:                                               ; preds = %47
  %52 = getelementptr inbounds i8, ptr %0, i64 8
  %53 = load i64, ptr %52, align 8, !tbaa !50
  %54 = shl i64 %53, 3
  tail call void @_ZdlPvm(ptr noundef %48, i64 noundef %54) #21
  br label %55

55:                                               ; preds = %47, %51
  %56 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %56, align 8, !tbaa !50
  store ptr %17, ptr %0, align 8, !tbaa !45
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(i64 %0, i64 %1, i64 noundef %2, i64 %3) unnamed_addr #14 {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 3
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %291

9:                                                ; preds = %4
  %10 = inttoptr i64 %1 to ptr
  %11 = and i64 %3, 255
  %12 = getelementptr inbounds i8, ptr %5, i64 8
  %13 = icmp eq i64 %2, 0
  br i1 %13, label %16, label %190

14:                                               ; preds = %286
  %15 = icmp eq i64 %195, 0
  br i1 %15, label %16, label %190, !llvm.loop !169

16:                                               ; preds = %14, %9
  %17 = phi i64 [ %7, %9 ], [ %289, %14 ]
  %18 = phi i64 [ %6, %9 ], [ %288, %14 ]
  %19 = phi ptr [ %10, %9 ], [ %261, %14 ]
  %20 = add nsw i64 %17, -2
  %21 = lshr i64 %20, 1
  %22 = add nsw i64 %17, -1
  %23 = lshr i64 %22, 1
  %24 = and i64 %18, 8
  %25 = icmp eq i64 %24, 0
  %26 = or disjoint i64 %20, 1
  %27 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %26
  %28 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %21
  br label %29

29:                                               ; preds = %92, %16
  %30 = phi i64 [ %21, %16 ], [ %99, %92 ]
  %31 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %30
  %32 = load i64, ptr %31, align 4
  %33 = icmp sgt i64 %23, %30
  br i1 %33, label %34, label %58

34:                                               ; preds = %29, %34
  %35 = phi i64 [ %53, %34 ], [ %30, %29 ]
  %36 = shl i64 %35, 1
  %37 = add i64 %36, 2
  %38 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %37
  %39 = or disjoint i64 %36, 1
  %40 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %39
  %41 = load i64, ptr %38, align 4
  %42 = load i64, ptr %40, align 4
  %43 = lshr i64 %41, 32
  %44 = lshr i64 %42, 32
  %45 = icmp eq i64 %43, %44
  %46 = trunc nuw i64 %44 to i32
  %47 = trunc nuw i64 %43 to i32
  %48 = icmp sgt i32 %47, %46
  %49 = trunc i64 %42 to i32
  %50 = trunc i64 %41 to i32
  %51 = icmp slt i32 %50, %49
  %52 = select i1 %45, i1 %51, i1 %48
  %53 = select i1 %52, i64 %39, i64 %37
  %54 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %53
  %55 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %35
  %56 = load <2 x i32>, ptr %54, align 4, !tbaa !6
  store <2 x i32> %56, ptr %55, align 4, !tbaa !6
  %57 = icmp slt i64 %53, %23
  br i1 %57, label %34, label %58, !llvm.loop !170

58:                                               ; preds = %34, %29
  %59 = phi i64 [ %30, %29 ], [ %53, %34 ]
  %60 = icmp eq i64 %59, %21
  %61 = select i1 %25, i1 %60, i1 false
  br i1 %61, label %62, label %64

62:                                               ; preds = %58
  %63 = load <2 x i32>, ptr %27, align 4, !tbaa !6
  store <2 x i32> %63, ptr %28, align 4, !tbaa !6
  br label %64

64:                                               ; preds = %62, %58
  %65 = phi i64 [ %26, %62 ], [ %59, %58 ]
  %66 = icmp sgt i64 %65, %30
  br i1 %66, label %71, label %67

67:                                               ; preds = %64
  %68 = trunc i64 %32 to i32
  %69 = lshr i64 %32, 32
  %70 = trunc nuw i64 %69 to i32
  br label %92

71:                                               ; preds = %64
  %72 = lshr i64 %32, 32
  %73 = trunc nuw i64 %72 to i32
  %74 = trunc i64 %32 to i32
  br label %75

75:                                               ; preds = %88, %71
  %76 = phi i64 [ %65, %71 ], [ %78, %88 ]
  %77 = add nsw i64 %76, -1
  %78 = sdiv i64 %77, 2
  %79 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %78
  %80 = load i64, ptr %79, align 4
  %81 = lshr i64 %80, 32
  %82 = icmp eq i64 %81, %72
  %83 = trunc nuw i64 %81 to i32
  %84 = icmp sgt i32 %83, %73
  %85 = trunc i64 %80 to i32
  %86 = icmp slt i32 %85, %74
  %87 = select i1 %82, i1 %86, i1 %84
  br i1 %87, label %88, label %92

88:                                               ; preds = %75
  %89 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %76
  store i32 %85, ptr %89, align 4, !tbaa !56
  %90 = getelementptr inbounds i8, ptr %89, i64 4
  store i32 %83, ptr %90, align 4, !tbaa !58
  %91 = icmp sgt i64 %78, %30
  br i1 %91, label %75, label %92, !llvm.loop !171

92:                                               ; preds = %88, %75, %67
  %93 = phi i32 [ %70, %67 ], [ %73, %75 ], [ %73, %88 ]
  %94 = phi i32 [ %68, %67 ], [ %74, %75 ], [ %74, %88 ]
  %95 = phi i64 [ %65, %67 ], [ %78, %88 ], [ %76, %75 ]
  %96 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %95
  store i32 %94, ptr %96, align 4, !tbaa !56
  %97 = getelementptr inbounds i8, ptr %96, i64 4
  store i32 %93, ptr %97, align 4, !tbaa !58
  %98 = icmp eq i64 %30, 0
  %99 = add nsw i64 %30, -1
  br i1 %98, label %100, label %29, !llvm.loop !172

100:                                              ; preds = %92
  %101 = icmp sgt i64 %18, 8
  br i1 %101, label %102, label %291

102:                                              ; preds = %100
  %103 = getelementptr inbounds i8, ptr %5, i64 4
  br label %104

104:                                              ; preds = %183, %102
  %105 = phi ptr [ %19, %102 ], [ %106, %183 ]
  %106 = getelementptr inbounds i8, ptr %105, i64 -8
  %107 = ptrtoint ptr %106 to i64
  %108 = load i64, ptr %106, align 4
  %109 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %109, ptr %106, align 4, !tbaa !56
  %110 = load i32, ptr %103, align 4, !tbaa !6
  %111 = getelementptr inbounds i8, ptr %105, i64 -4
  store i32 %110, ptr %111, align 4, !tbaa !58
  %112 = sub i64 %107, %0
  %113 = ashr exact i64 %112, 3
  %114 = add nsw i64 %113, -1
  %115 = sdiv i64 %114, 2
  %116 = icmp sgt i64 %113, 2
  br i1 %116, label %117, label %141

117:                                              ; preds = %104, %117
  %118 = phi i64 [ %136, %117 ], [ 0, %104 ]
  %119 = shl i64 %118, 1
  %120 = add i64 %119, 2
  %121 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %120
  %122 = or disjoint i64 %119, 1
  %123 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %122
  %124 = load i64, ptr %121, align 4
  %125 = load i64, ptr %123, align 4
  %126 = lshr i64 %124, 32
  %127 = lshr i64 %125, 32
  %128 = icmp eq i64 %126, %127
  %129 = trunc nuw i64 %127 to i32
  %130 = trunc nuw i64 %126 to i32
  %131 = icmp sgt i32 %130, %129
  %132 = trunc i64 %125 to i32
  %133 = trunc i64 %124 to i32
  %134 = icmp slt i32 %133, %132
  %135 = select i1 %128, i1 %134, i1 %131
  %136 = select i1 %135, i64 %122, i64 %120
  %137 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %136
  %138 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %118
  %139 = load <2 x i32>, ptr %137, align 4, !tbaa !6
  store <2 x i32> %139, ptr %138, align 4, !tbaa !6
  %140 = icmp slt i64 %136, %115
  br i1 %140, label %117, label %141, !llvm.loop !170

141:                                              ; preds = %117, %104
  %142 = phi i64 [ 0, %104 ], [ %136, %117 ]
  %143 = and i64 %112, 8
  %144 = icmp eq i64 %143, 0
  br i1 %144, label %145, label %155

145:                                              ; preds = %141
  %146 = add nsw i64 %113, -2
  %147 = ashr exact i64 %146, 1
  %148 = icmp eq i64 %142, %147
  br i1 %148, label %149, label %155

149:                                              ; preds = %145
  %150 = shl nsw i64 %142, 1
  %151 = or disjoint i64 %150, 1
  %152 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %151
  %153 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %142
  %154 = load <2 x i32>, ptr %152, align 4, !tbaa !6
  store <2 x i32> %154, ptr %153, align 4, !tbaa !6
  br label %155

155:                                              ; preds = %149, %145, %141
  %156 = phi i64 [ %151, %149 ], [ %142, %145 ], [ %142, %141 ]
  %157 = icmp sgt i64 %156, 0
  br i1 %157, label %162, label %158

158:                                              ; preds = %155
  %159 = trunc i64 %108 to i32
  %160 = lshr i64 %108, 32
  %161 = trunc nuw i64 %160 to i32
  br label %183

162:                                              ; preds = %155
  %163 = lshr i64 %108, 32
  %164 = trunc nuw i64 %163 to i32
  %165 = trunc i64 %108 to i32
  br label %166

166:                                              ; preds = %179, %162
  %167 = phi i64 [ %156, %162 ], [ %169, %179 ]
  %168 = add nsw i64 %167, -1
  %169 = lshr i64 %168, 1
  %170 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %169
  %171 = load i64, ptr %170, align 4
  %172 = lshr i64 %171, 32
  %173 = icmp eq i64 %172, %163
  %174 = trunc nuw i64 %172 to i32
  %175 = icmp sgt i32 %174, %164
  %176 = trunc i64 %171 to i32
  %177 = icmp slt i32 %176, %165
  %178 = select i1 %173, i1 %177, i1 %175
  br i1 %178, label %179, label %183

179:                                              ; preds = %166
  %180 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %167
  store i32 %176, ptr %180, align 4, !tbaa !56
  %181 = getelementptr inbounds i8, ptr %180, i64 4
  store i32 %174, ptr %181, align 4, !tbaa !58
  %182 = icmp ult i64 %168, 2
  br i1 %182, label %183, label %166, !llvm.loop !171

183:                                              ; preds = %179, %166, %158
  %184 = phi i32 [ %161, %158 ], [ %164, %166 ], [ %164, %179 ]
  %185 = phi i32 [ %159, %158 ], [ %165, %166 ], [ %165, %179 ]
  %186 = phi i64 [ %156, %158 ], [ 0, %179 ], [ %167, %166 ]
  %187 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %186
  store i32 %185, ptr %187, align 4, !tbaa !56
  %188 = getelementptr inbounds i8, ptr %187, i64 4
  store i32 %184, ptr %188, align 4, !tbaa !58
  %189 = icmp sgt i64 %112, 8
  br i1 %189, label %104, label %291, !llvm.loop !173

190:                                              ; preds = %9, %14
  %191 = phi ptr [ %261, %14 ], [ %10, %9 ]
  %192 = phi i64 [ %195, %14 ], [ %2, %9 ]
  %193 = phi i64 [ %287, %14 ], [ %1, %9 ]
  %194 = phi i64 [ %289, %14 ], [ %7, %9 ]
  %195 = add nsw i64 %192, -1
  %196 = lshr i64 %194, 1
  %197 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %196
  %198 = getelementptr inbounds i8, ptr %191, i64 -8
  %199 = load i64, ptr %12, align 4
  %200 = load i64, ptr %197, align 4
  %201 = lshr i64 %199, 32
  %202 = lshr i64 %200, 32
  %203 = icmp eq i64 %201, %202
  %204 = trunc nuw i64 %202 to i32
  %205 = trunc nuw i64 %201 to i32
  %206 = icmp sgt i32 %205, %204
  %207 = trunc i64 %200 to i32
  %208 = trunc i64 %199 to i32
  %209 = icmp slt i32 %208, %207
  %210 = select i1 %203, i1 %209, i1 %206
  %211 = load i64, ptr %198, align 4
  %212 = lshr i64 %211, 32
  %213 = trunc nuw i64 %212 to i32
  %214 = trunc i64 %211 to i32
  br i1 %210, label %215, label %230

215:                                              ; preds = %190
  %216 = icmp eq i64 %202, %212
  %217 = icmp sgt i32 %204, %213
  %218 = icmp slt i32 %207, %214
  %219 = select i1 %216, i1 %218, i1 %217
  br i1 %219, label %220, label %222

220:                                              ; preds = %215
  %221 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %207, ptr %5, align 4, !tbaa !6
  store i32 %221, ptr %197, align 4, !tbaa !6
  br label %245

222:                                              ; preds = %215
  %223 = icmp eq i64 %201, %212
  %224 = icmp sgt i32 %205, %213
  %225 = icmp slt i32 %208, %214
  %226 = select i1 %223, i1 %225, i1 %224
  %227 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %226, label %228, label %229

228:                                              ; preds = %222
  store i32 %214, ptr %5, align 4, !tbaa !6
  store i32 %227, ptr %198, align 4, !tbaa !6
  br label %245

229:                                              ; preds = %222
  store i32 %208, ptr %5, align 4, !tbaa !6
  store i32 %227, ptr %12, align 4, !tbaa !6
  br label %245

230:                                              ; preds = %190
  %231 = icmp eq i64 %201, %212
  %232 = icmp sgt i32 %205, %213
  %233 = icmp slt i32 %208, %214
  %234 = select i1 %231, i1 %233, i1 %232
  br i1 %234, label %235, label %237

235:                                              ; preds = %230
  %236 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %208, ptr %5, align 4, !tbaa !6
  store i32 %236, ptr %12, align 4, !tbaa !6
  br label %245

237:                                              ; preds = %230
  %238 = icmp eq i64 %202, %212
  %239 = icmp sgt i32 %204, %213
  %240 = icmp slt i32 %207, %214
  %241 = select i1 %238, i1 %240, i1 %239
  %242 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %241, label %243, label %244

243:                                              ; preds = %237
  store i32 %214, ptr %5, align 4, !tbaa !6
  store i32 %242, ptr %198, align 4, !tbaa !6
  br label %245

244:                                              ; preds = %237
  store i32 %207, ptr %5, align 4, !tbaa !6
  store i32 %242, ptr %197, align 4, !tbaa !6
  br label %245

245:                                              ; preds = %244, %243, %235, %229, %228, %220
  %246 = phi ptr [ %12, %235 ], [ %197, %244 ], [ %198, %243 ], [ %197, %220 ], [ %12, %229 ], [ %198, %228 ]
  %247 = getelementptr inbounds i8, ptr %246, i64 4
  br label %248

248:                                              ; preds = %284, %245
  %249 = phi ptr [ %261, %284 ], [ %5, %245 ]
  %250 = phi ptr [ %285, %284 ], [ %247, %245 ]
  %251 = phi ptr [ %273, %284 ], [ %191, %245 ]
  %252 = phi ptr [ %270, %284 ], [ %12, %245 ]
  %253 = getelementptr inbounds i8, ptr %249, i64 4
  %254 = load i32, ptr %253, align 4, !tbaa !6
  %255 = load i32, ptr %250, align 4, !tbaa !6
  store i32 %255, ptr %253, align 4, !tbaa !6
  store i32 %254, ptr %250, align 4, !tbaa !6
  %256 = load i64, ptr %5, align 4
  %257 = lshr i64 %256, 32
  %258 = trunc nuw i64 %257 to i32
  %259 = trunc i64 %256 to i32
  br label %260

260:                                              ; preds = %260, %248
  %261 = phi ptr [ %252, %248 ], [ %270, %260 ]
  %262 = load i64, ptr %261, align 4
  %263 = lshr i64 %262, 32
  %264 = icmp eq i64 %263, %257
  %265 = trunc nuw i64 %263 to i32
  %266 = icmp sgt i32 %265, %258
  %267 = trunc i64 %262 to i32
  %268 = icmp slt i32 %267, %259
  %269 = select i1 %264, i1 %268, i1 %266
  %270 = getelementptr inbounds i8, ptr %261, i64 8
  br i1 %269, label %260, label %271, !llvm.loop !174

271:                                              ; preds = %260, %271
  %272 = phi ptr [ %273, %271 ], [ %251, %260 ]
  %273 = getelementptr inbounds i8, ptr %272, i64 -8
  %274 = load i64, ptr %273, align 4
  %275 = lshr i64 %274, 32
  %276 = icmp eq i64 %257, %275
  %277 = trunc nuw i64 %275 to i32
  %278 = icmp sgt i32 %258, %277
  %279 = trunc i64 %274 to i32
  %280 = icmp slt i32 %259, %279
  %281 = select i1 %276, i1 %280, i1 %278
  br i1 %281, label %271, label %282, !llvm.loop !175

282:                                              ; preds = %271
  %283 = icmp ult ptr %261, %273
  br i1 %283, label %284, label %286

284:                                              ; preds = %282
  store i32 %279, ptr %261, align 4, !tbaa !6
  store i32 %267, ptr %273, align 4, !tbaa !6
  %285 = getelementptr inbounds i8, ptr %272, i64 -4
  br label %248, !llvm.loop !176

286:                                              ; preds = %282
  %287 = ptrtoint ptr %261 to i64
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(i64 %287, i64 %193, i64 noundef %195, i64 %11)
  %288 = sub i64 %287, %0
  %289 = ashr exact i64 %288, 3
  %290 = icmp sgt i64 %289, 16
  br i1 %290, label %14, label %291, !llvm.loop !169

291:                                              ; preds = %286, %183, %4, %100
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2, ptr noundef nonnull align 8 dereferenceable(8) %3) local_unnamed_addr #4 comdat {
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  %6 = load i64, ptr %5, align 8, !tbaa !69
  %7 = icmp ugt i64 %6, 20
  br i1 %7, label %8, label %10

8:                                                ; preds = %4
  %9 = load ptr, ptr %1, align 8, !tbaa !37
  br label %33

10:                                               ; preds = %4
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !53
  %13 = icmp eq ptr %12, null
  %14 = load ptr, ptr %1, align 8
  br i1 %13, label %33, label %15

15:                                               ; preds = %10
  %16 = getelementptr inbounds i8, ptr %1, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !40
  %18 = icmp eq i64 %17, 0
  br label %19

19:                                               ; preds = %15, %30
  %20 = phi ptr [ %12, %15 ], [ %31, %30 ]
  %21 = getelementptr inbounds i8, ptr %20, i64 8
  %22 = getelementptr inbounds i8, ptr %20, i64 16
  %23 = load i64, ptr %22, align 8, !tbaa !40
  %24 = icmp eq i64 %17, %23
  br i1 %24, label %25, label %30

25:                                               ; preds = %19
  br i1 %18, label %134, label %26

26:                                               ; preds = %25
  %27 = load ptr, ptr %21, align 8, !tbaa !37
  %28 = tail call i32 @bcmp(ptr %14, ptr %27, i64 %17)
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %134, label %30

30:                                               ; preds = %19, %26
  %31 = load ptr, ptr %20, align 8, !tbaa !53
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %19, !llvm.loop !177

33:                                               ; preds = %30, %8, %10
  %34 = phi ptr [ %9, %8 ], [ %14, %10 ], [ %14, %30 ]
  %35 = getelementptr inbounds i8, ptr %1, i64 8
  %36 = load i64, ptr %35, align 8, !tbaa !40
  %37 = tail call noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef %34, i64 noundef %36, i64 noundef 3339675911) #20
  %38 = getelementptr inbounds i8, ptr %0, i64 8
  %39 = load i64, ptr %38, align 8
  %40 = urem i64 %37, %39
  %41 = load i64, ptr %5, align 8, !tbaa !69
  %42 = icmp ugt i64 %41, 20
  br i1 %42, label %45, label %43

43:                                               ; preds = %33
  %44 = load ptr, ptr %1, align 8, !tbaa !37
  br label %79

45:                                               ; preds = %33
  %46 = load ptr, ptr %0, align 8, !tbaa !66
  %47 = getelementptr inbounds ptr, ptr %46, i64 %40
  %48 = load ptr, ptr %47, align 8, !tbaa !33
  %49 = icmp eq ptr %48, null
  %50 = load ptr, ptr %1, align 8
  br i1 %49, label %79, label %51

51:                                               ; preds = %45
  %52 = load ptr, ptr %48, align 8, !tbaa !53
  %53 = load i64, ptr %35, align 8
  %54 = icmp eq i64 %53, 0
  %55 = getelementptr inbounds i8, ptr %52, i64 40
  %56 = load i64, ptr %55, align 8, !tbaa !178
  br label %57

57:                                               ; preds = %74, %51
  %58 = phi i64 [ %56, %51 ], [ %76, %74 ]
  %59 = phi ptr [ %52, %51 ], [ %72, %74 ]
  %60 = getelementptr inbounds i8, ptr %59, i64 8
  %61 = icmp eq i64 %58, %37
  br i1 %61, label %62, label %71

62:                                               ; preds = %57
  %63 = getelementptr inbounds i8, ptr %59, i64 16
  %64 = load i64, ptr %63, align 8, !tbaa !40
  %65 = icmp eq i64 %53, %64
  br i1 %65, label %66, label %71

66:                                               ; preds = %62
  br i1 %54, label %134, label %67

67:                                               ; preds = %66
  %68 = load ptr, ptr %60, align 8, !tbaa !37
  %69 = tail call i32 @bcmp(ptr %50, ptr %68, i64 %53)
  %70 = icmp eq i32 %69, 0
  br i1 %70, label %134, label %71

71:                                               ; preds = %67, %62, %57
  %72 = load ptr, ptr %59, align 8, !tbaa !53
  %73 = icmp eq ptr %72, null
  br i1 %73, label %79, label %74

74:                                               ; preds = %71
  %75 = getelementptr inbounds i8, ptr %72, i64 40
  %76 = load i64, ptr %75, align 8, !tbaa !178
  %77 = urem i64 %76, %39
  %78 = icmp eq i64 %77, %40
  br i1 %78, label %57, label %79, !llvm.loop !180

79:                                               ; preds = %74, %71, %43, %45
  %80 = phi ptr [ %44, %43 ], [ %50, %45 ], [ %50, %71 ], [ %50, %74 ]
  %81 = tail call noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #19
  store ptr null, ptr %81, align 8, !tbaa !53
  %82 = getelementptr inbounds i8, ptr %81, i64 8
  %83 = getelementptr inbounds i8, ptr %81, i64 24
  store ptr %83, ptr %82, align 8, !tbaa !34
  %84 = getelementptr inbounds i8, ptr %1, i64 16
  %85 = icmp eq ptr %80, %84
  br i1 %85, label %86, label %91

86:                                               ; preds = %79
  %87 = load i64, ptr %35, align 8, !tbaa !40
  %88 = add i64 %87, 1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %94, label %90

90:                                               ; preds = %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %83, ptr nonnull align 8 %84, i64 %88, i1 false)
  br label %94

91:                                               ; preds = %79
  store ptr %80, ptr %82, align 8, !tbaa !37
  %92 = load i64, ptr %84, align 8, !tbaa !39
  store i64 %92, ptr %83, align 8, !tbaa !39
  %93 = load i64, ptr %35, align 8, !tbaa !40
  br label %94

94:                                               ; preds = %86, %90, %91
  %95 = phi i64 [ -1, %86 ], [ %87, %90 ], [ %93, %91 ]
  %96 = getelementptr inbounds i8, ptr %81, i64 16
  store i64 %95, ptr %96, align 8, !tbaa !40
  store ptr %84, ptr %1, align 8, !tbaa !37
  store i64 0, ptr %35, align 8, !tbaa !40
  store i8 0, ptr %84, align 8, !tbaa !39
  %97 = getelementptr inbounds i8, ptr %0, i64 32
  %98 = load i64, ptr %38, align 8, !tbaa !68
  %99 = load i64, ptr %5, align 8, !tbaa !69
  %100 = tail call [2 x i64] @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %97, i64 noundef %98, i64 noundef %99, i64 noundef 1) #20
  %101 = extractvalue [2 x i64] %100, 0
  %102 = trunc i64 %101 to i1
  br i1 %102, label %103, label %107

103:                                              ; preds = %94
  %104 = extractvalue [2 x i64] %100, 1
  tail call void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %104, i8 undef)
  %105 = load i64, ptr %38, align 8, !tbaa !68
  %106 = urem i64 %37, %105
  br label %107

107:                                              ; preds = %103, %94
  %108 = phi i64 [ %106, %103 ], [ %40, %94 ]
  %109 = getelementptr inbounds i8, ptr %81, i64 40
  store i64 %37, ptr %109, align 8, !tbaa !178
  %110 = load ptr, ptr %0, align 8, !tbaa !66
  %111 = getelementptr inbounds ptr, ptr %110, i64 %108
  %112 = load ptr, ptr %111, align 8, !tbaa !33
  %113 = icmp eq ptr %112, null
  br i1 %113, label %117, label %114

114:                                              ; preds = %107
  %115 = load ptr, ptr %112, align 8, !tbaa !53
  store ptr %115, ptr %81, align 8, !tbaa !53
  %116 = load ptr, ptr %111, align 8, !tbaa !33
  store ptr %81, ptr %116, align 8, !tbaa !53
  br label %131

117:                                              ; preds = %107
  %118 = getelementptr inbounds i8, ptr %0, i64 16
  %119 = load ptr, ptr %118, align 8, !tbaa !108
  store ptr %119, ptr %81, align 8, !tbaa !53
  store ptr %81, ptr %118, align 8, !tbaa !108
  %120 = icmp eq ptr %119, null
  br i1 %120, label %128, label %121

121:                                              ; preds = %117
  %122 = load i64, ptr %38, align 8, !tbaa !68
  %123 = getelementptr inbounds i8, ptr %119, i64 40
  %124 = load i64, ptr %123, align 8, !tbaa !178
  %125 = urem i64 %124, %122
  %126 = getelementptr inbounds ptr, ptr %110, i64 %125
  store ptr %81, ptr %126, align 8, !tbaa !33
  %127 = load ptr, ptr %0, align 8, !tbaa !66
  br label %128

128:                                              ; preds = %121, %117
  %129 = phi ptr [ %127, %121 ], [ %110, %117 ]
  %130 = getelementptr inbounds ptr, ptr %129, i64 %108
  store ptr %118, ptr %130, align 8, !tbaa !33
  br label %131

131:                                              ; preds = %128, %114
  %132 = load i64, ptr %5, align 8, !tbaa !69
  %133 = add i64 %132, 1
  store i64 %133, ptr %5, align 8, !tbaa !69
  br label %134

134:                                              ; preds = %26, %25, %66, %67, %131
  %135 = phi ptr [ %81, %131 ], [ %59, %67 ], [ %59, %66 ], [ %20, %25 ], [ %20, %26 ]
  %136 = phi i64 [ 1, %131 ], [ 0, %67 ], [ 0, %66 ], [ 0, %25 ], [ 0, %26 ]
  %137 = ptrtoint ptr %135 to i64
  %138 = insertvalue [2 x i64] poison, i64 %137, 0
  %139 = insertvalue [2 x i64] %138, i64 %136, 1
  ret [2 x i64] %139
}

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i8 %2) local_unnamed_addr #4 comdat {
  %4 = icmp eq i64 %1, 1
  br i1 %4, label %5, label %7, !prof !10

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %6, align 8, !tbaa !181
  br label %16

7:                                                ; preds = %3
  %8 = icmp ugt i64 %1, 1152921504606846975
  br i1 %8, label %9, label %13, !prof !10

9:                                                ; preds = %7
  %10 = icmp ugt i64 %1, 2305843009213693951
  br i1 %10, label %11, label %12

11:                                               ; preds = %9
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

12:                                               ; preds = %9
  tail call void @_ZSt17__throw_bad_allocv() #18
  unreachable

13:                                               ; preds = %7
  %14 = shl nuw nsw i64 %1, 3
  %15 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %14) #19
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %15, i8 0, i64 %14, i1 false)
  br label %16

16:                                               ; preds = %5, %13
  %17 = phi ptr [ %6, %5 ], [ %15, %13 ]
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load ptr, ptr %18, align 8, !tbaa !108
  store ptr null, ptr %18, align 8, !tbaa !108
  %20 = icmp eq ptr %19, null
  br i1 %20, label %46, label %21

21:                                               ; preds = %16, %43
  %22 = phi ptr [ %24, %43 ], [ %19, %16 ]
  %23 = phi i64 [ %44, %43 ], [ 0, %16 ]
  %24 = load ptr, ptr %22, align 8, !tbaa !53
  %25 = getelementptr inbounds i8, ptr %22, i64 40
  %26 = load i64, ptr %25, align 8, !tbaa !178
  %27 = urem i64 %26, %1
  %28 = getelementptr inbounds ptr, ptr %17, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !33
  %30 = icmp eq ptr %29, null
  br i1 %30, label %31, label %37

31:                                               ; preds = %21
  %32 = load ptr, ptr %18, align 8, !tbaa !108
  store ptr %32, ptr %22, align 8, !tbaa !53
  store ptr %22, ptr %18, align 8, !tbaa !108
  store ptr %18, ptr %28, align 8, !tbaa !33
  %33 = load ptr, ptr %22, align 8, !tbaa !53
  %34 = icmp eq ptr %33, null
  br i1 %34, label %43, label %35

35:                                               ; preds = %31
  %36 = getelementptr inbounds ptr, ptr %17, i64 %23
  br label %40

37:                                               ; preds = %21
  %38 = load ptr, ptr %29, align 8, !tbaa !53
  store ptr %38, ptr %22, align 8, !tbaa !53
  %39 = load ptr, ptr %28, align 8, !tbaa !33
  br label %40

40:                                               ; preds = %37, %35
  %41 = phi ptr [ %36, %35 ], [ %39, %37 ]
  %42 = phi i64 [ %27, %35 ], [ %23, %37 ]
  store ptr %22, ptr %41, align 8, !tbaa !33
  br label %43

43:                                               ; preds = %40, %31
  %44 = phi i64 [ %27, %31 ], [ %42, %40 ]
  %45 = icmp eq ptr %24, null
  br i1 %45, label %46, label %21, !llvm.loop !182

46:                                               ; preds = %43, %16
  %47 = load ptr, ptr %0, align 8, !tbaa !66
  %48 = getelementptr inbounds i8, ptr %0, i64 48
  %49 = icmp eq ptr %48, %47
  br i1 %49, label %54, label %50

50:                                               ; preds = %46
  %51 = getelementptr inbounds i8, ptr %0, i64 8
  %52 = load i64, ptr %51, align 8, !tbaa !68
  %53 = shl i64 %52, 3
  tail call void @_ZdlPvm(ptr noundef %47, i64 noundef %53) #21
  br label %54

54:                                               ; preds = %46, %50
  %55 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %55, align 8, !tbaa !68
  store ptr %17, ptr %0, align 8, !tbaa !66
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !74
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !74
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !79
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !75
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !76
  %27 = load ptr, ptr %4, align 8, !tbaa !79
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #18
  unreachable

35:                                               ; preds = %2
  %36 = load ptr, ptr %0, align 8, !tbaa !73
  %37 = icmp eq ptr %8, %36
  br i1 %37, label %38, label %40

38:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef true)
  %39 = load ptr, ptr %7, align 8, !tbaa !105
  br label %40

40:                                               ; preds = %35, %38
  %41 = phi ptr [ %8, %35 ], [ %39, %38 ]
  %42 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #19
  %43 = getelementptr inbounds i8, ptr %41, i64 -8
  store ptr %42, ptr %43, align 8, !tbaa !33
  %44 = load ptr, ptr %7, align 8, !tbaa !105
  %45 = getelementptr inbounds i8, ptr %44, i64 -8
  store ptr %45, ptr %7, align 8, !tbaa !74
  %46 = load ptr, ptr %45, align 8, !tbaa !33
  %47 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %46, ptr %47, align 8, !tbaa !75
  %48 = getelementptr inbounds i8, ptr %46, i64 512
  store ptr %48, ptr %25, align 8, !tbaa !76
  %49 = getelementptr inbounds i8, ptr %46, i64 508
  store ptr %49, ptr %4, align 8, !tbaa !77
  %50 = load i32, ptr %1, align 4, !tbaa !6
  store i32 %50, ptr %49, align 4, !tbaa !6
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef %2) local_unnamed_addr #4 comdat {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !106
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !105
  %8 = ptrtoint ptr %5 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 3
  %12 = add nsw i64 %11, 1
  %13 = add i64 %12, %1
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !36
  %16 = shl i64 %13, 1
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %3
  %19 = load ptr, ptr %0, align 8, !tbaa !73
  %20 = sub i64 %15, %13
  %21 = lshr i64 %20, 1
  %22 = getelementptr inbounds ptr, ptr %19, i64 %21
  %23 = select i1 %2, i64 %1, i64 0
  %24 = getelementptr inbounds ptr, ptr %22, i64 %23
  %25 = icmp ult ptr %24, %7
  %26 = getelementptr inbounds i8, ptr %5, i64 8
  %27 = icmp eq ptr %26, %7
  br i1 %25, label %28, label %32

28:                                               ; preds = %18
  br i1 %27, label %65, label %29

29:                                               ; preds = %28
  %30 = ptrtoint ptr %26 to i64
  %31 = sub i64 %30, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %24, ptr nonnull align 8 %7, i64 %31, i1 false)
  br label %65

32:                                               ; preds = %18
  br i1 %27, label %65, label %33

33:                                               ; preds = %32
  %34 = ptrtoint ptr %26 to i64
  %35 = sub i64 %34, %9
  %36 = ashr exact i64 %35, 3
  %37 = sub nsw i64 0, %36
  %38 = getelementptr inbounds ptr, ptr %24, i64 %12
  %39 = getelementptr inbounds ptr, ptr %38, i64 %37
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %39, ptr align 8 %7, i64 %35, i1 false)
  br label %65

40:                                               ; preds = %3
  %41 = tail call i64 @llvm.umax.i64(i64 %15, i64 %1)
  %42 = add i64 %15, 2
  %43 = add i64 %42, %41
  %44 = icmp ugt i64 %43, 1152921504606846975
  br i1 %44, label %45, label %49, !prof !10

45:                                               ; preds = %40
  %46 = icmp ugt i64 %43, 2305843009213693951
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

48:                                               ; preds = %45
  tail call void @_ZSt17__throw_bad_allocv() #18
  unreachable

49:                                               ; preds = %40
  %50 = shl nuw nsw i64 %43, 3
  %51 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %50) #19
  %52 = sub i64 %43, %13
  %53 = lshr i64 %52, 1
  %54 = getelementptr inbounds ptr, ptr %51, i64 %53
  %55 = select i1 %2, i64 %1, i64 0
  %56 = getelementptr inbounds ptr, ptr %54, i64 %55
  %57 = getelementptr inbounds i8, ptr %5, i64 8
  %58 = icmp eq ptr %57, %7
  br i1 %58, label %62, label %59

59:                                               ; preds = %49
  %60 = ptrtoint ptr %57 to i64
  %61 = sub i64 %60, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %56, ptr align 8 %7, i64 %61, i1 false)
  br label %62

62:                                               ; preds = %49, %59
  %63 = load ptr, ptr %0, align 8, !tbaa !73
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #21
  store ptr %51, ptr %0, align 8, !tbaa !73
  store i64 %43, ptr %14, align 8, !tbaa !70
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !74
  %67 = load ptr, ptr %66, align 8, !tbaa !33
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !75
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !76
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !74
  %73 = load ptr, ptr %72, align 8, !tbaa !33
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !75
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !76
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !74
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !74
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !79
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !75
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !76
  %27 = load ptr, ptr %4, align 8, !tbaa !79
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #18
  unreachable

35:                                               ; preds = %2
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !70
  %38 = load ptr, ptr %0, align 8, !tbaa !73
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef false)
  %45 = load ptr, ptr %5, align 8, !tbaa !106
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #19
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !33
  %50 = load ptr, ptr %3, align 8, !tbaa !78
  %51 = load i32, ptr %1, align 4, !tbaa !6
  store i32 %51, ptr %50, align 4, !tbaa !6
  %52 = load ptr, ptr %5, align 8, !tbaa !106
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !74
  %54 = load ptr, ptr %53, align 8, !tbaa !33
  store ptr %54, ptr %18, align 8, !tbaa !75
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !76
  store ptr %54, ptr %3, align 8, !tbaa !78
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) local_unnamed_addr #13

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef, ptr noundef) local_unnamed_addr #13

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #13

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #13

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #16

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #17

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #16

attributes #0 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nofree nounwind }
attributes #16 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { nofree nounwind willreturn memory(argmem: read) }
attributes #18 = { noreturn nounwind }
attributes #19 = { builtin nounwind allocsize(0) }
attributes #20 = { nounwind }
attributes #21 = { builtin nounwind }
attributes #22 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12, !16, !17}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
!18 = distinct !{!18, !12, !17, !16}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = !{!23, !25, i64 0}
!23 = !{!"_ZTSSt15_Rb_tree_header", !24, i64 0, !27, i64 32}
!24 = !{!"_ZTSSt18_Rb_tree_node_base", !25, i64 0, !26, i64 8, !26, i64 16, !26, i64 24}
!25 = !{!"_ZTSSt14_Rb_tree_color", !8, i64 0}
!26 = !{!"any pointer", !8, i64 0}
!27 = !{!"long", !8, i64 0}
!28 = !{!23, !26, i64 8}
!29 = !{!23, !26, i64 16}
!30 = !{!23, !26, i64 24}
!31 = !{!23, !27, i64 32}
!32 = distinct !{!32, !12}
!33 = !{!26, !26, i64 0}
!34 = !{!35, !26, i64 0}
!35 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !26, i64 0}
!36 = !{!27, !27, i64 0}
!37 = !{!38, !26, i64 0}
!38 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !35, i64 0, !27, i64 8, !8, i64 16}
!39 = !{!8, !8, i64 0}
!40 = !{!38, !27, i64 8}
!41 = distinct !{!41, !12}
!42 = distinct !{!42, !12}
!43 = distinct !{!43, !12}
!44 = distinct !{!44, !12}
!45 = !{!46, !26, i64 0}
!46 = !{!"_ZTSSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE", !26, i64 0, !27, i64 8, !47, i64 16, !27, i64 24, !48, i64 32, !26, i64 48}
!47 = !{!"_ZTSNSt8__detail15_Hash_node_baseE", !26, i64 0}
!48 = !{!"_ZTSNSt8__detail20_Prime_rehash_policyE", !49, i64 0, !27, i64 8}
!49 = !{!"float", !8, i64 0}
!50 = !{!46, !27, i64 8}
!51 = !{!48, !49, i64 0}
!52 = !{!46, !26, i64 16}
!53 = !{!47, !26, i64 0}
!54 = distinct !{!54, !12}
!55 = distinct !{!55, !12}
!56 = !{!57, !7, i64 0}
!57 = !{!"_ZTSSt4pairIiiE", !7, i64 0, !7, i64 4}
!58 = !{!57, !7, i64 4}
!59 = distinct !{!59, !12}
!60 = distinct !{!60, !12}
!61 = distinct !{!61, !12}
!62 = distinct !{!62, !12}
!63 = distinct !{!63, !12, !16, !17}
!64 = distinct !{!64, !12, !17, !16}
!65 = !{!46, !27, i64 24}
!66 = !{!67, !26, i64 0}
!67 = !{!"_ZTSSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE", !26, i64 0, !27, i64 8, !47, i64 16, !27, i64 24, !48, i64 32, !26, i64 48}
!68 = !{!67, !27, i64 8}
!69 = !{!67, !27, i64 24}
!70 = !{!71, !27, i64 8}
!71 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !26, i64 0, !27, i64 8, !72, i64 16, !72, i64 48}
!72 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !26, i64 0, !26, i64 8, !26, i64 16, !26, i64 24}
!73 = !{!71, !26, i64 0}
!74 = !{!72, !26, i64 24}
!75 = !{!72, !26, i64 8}
!76 = !{!72, !26, i64 16}
!77 = !{!71, !26, i64 16}
!78 = !{!71, !26, i64 48}
!79 = !{!72, !26, i64 0}
!80 = !{}
!81 = !{!82}
!82 = distinct !{!82, !83, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!83 = distinct !{!83, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!84 = !{!71, !26, i64 24}
!85 = !{!71, !26, i64 64}
!86 = distinct !{!86, !12}
!87 = !{!88}
!88 = distinct !{!88, !89, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!89 = distinct !{!89, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!90 = !{!91}
!91 = distinct !{!91, !92, !"_ZNSt5dequeIiSaIiEE3endEv: argument 0"}
!92 = distinct !{!92, !"_ZNSt5dequeIiSaIiEE3endEv"}
!93 = !{!94, !26, i64 8}
!94 = !{!"_ZTSNSt8__detail15_List_node_baseE", !26, i64 0, !26, i64 8}
!95 = !{!94, !26, i64 0}
!96 = !{!97, !27, i64 16}
!97 = !{!"_ZTSNSt8__detail17_List_node_headerE", !94, i64 0, !27, i64 16}
!98 = !{!99, !27, i64 16}
!99 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEEE", !100, i64 0}
!100 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEE10_List_implE", !97, i64 0}
!101 = distinct !{!101, !12}
!102 = distinct !{!102, !12}
!103 = distinct !{!103, !12}
!104 = distinct !{!104, !12}
!105 = !{!71, !26, i64 40}
!106 = !{!71, !26, i64 72}
!107 = distinct !{!107, !12}
!108 = !{!67, !26, i64 16}
!109 = distinct !{!109, !12}
!110 = distinct !{!110, !12}
!111 = !{!112}
!112 = distinct !{!112, !113, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_: argument 0"}
!113 = distinct !{!113, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_"}
!114 = distinct !{!114, !16, !17}
!115 = distinct !{!115, !12}
!116 = distinct !{!116, !12}
!117 = distinct !{!117, !12}
!118 = distinct !{!118, !12}
!119 = !{!24, !26, i64 24}
!120 = !{!24, !26, i64 16}
!121 = distinct !{!121, !12}
!122 = distinct !{!122, !12}
!123 = distinct !{!123, !12}
!124 = distinct !{!124, !12}
!125 = distinct !{!125, !12}
!126 = distinct !{!126, !12}
!127 = distinct !{!127, !12}
!128 = distinct !{!128, !12}
!129 = distinct !{!129, !12}
!130 = distinct !{!130, !12}
!131 = distinct !{!131, !12}
!132 = distinct !{!132, !12}
!133 = distinct !{!133, !12}
!134 = distinct !{!134, !12}
!135 = !{!136}
!136 = distinct !{!136, !137}
!137 = distinct !{!137, !"LVerDomain"}
!138 = !{!139}
!139 = distinct !{!139, !137}
!140 = distinct !{!140, !12, !16, !17}
!141 = distinct !{!141, !12, !16}
!142 = !{!143}
!143 = distinct !{!143, !144}
!144 = distinct !{!144, !"LVerDomain"}
!145 = !{!146}
!146 = distinct !{!146, !144}
!147 = distinct !{!147, !12, !16, !17}
!148 = distinct !{!148, !12, !16}
!149 = !{!150}
!150 = distinct !{!150, !151}
!151 = distinct !{!151, !"LVerDomain"}
!152 = !{!153}
!153 = distinct !{!153, !151}
!154 = distinct !{!154, !12, !16, !17}
!155 = distinct !{!155, !12}
!156 = distinct !{!156, !12, !16}
!157 = !{!158, !7, i64 32}
!158 = !{!"_ZTSSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiE", !38, i64 0, !7, i64 32}
!159 = distinct !{!159, !12}
!160 = distinct !{!160, !12}
!161 = distinct !{!161, !12}
!162 = distinct !{!162, !12}
!163 = distinct !{!163, !12}
!164 = !{!165, !7, i64 0}
!165 = !{!"_ZTSSt4pairIKiiE", !7, i64 0, !7, i64 4}
!166 = !{!165, !7, i64 4}
!167 = !{!46, !26, i64 48}
!168 = distinct !{!168, !12}
!169 = distinct !{!169, !12}
!170 = distinct !{!170, !12}
!171 = distinct !{!171, !12}
!172 = distinct !{!172, !12}
!173 = distinct !{!173, !12}
!174 = distinct !{!174, !12}
!175 = distinct !{!175, !12}
!176 = distinct !{!176, !12}
!177 = distinct !{!177, !12}
!178 = !{!179, !27, i64 0}
!179 = !{!"_ZTSNSt8__detail21_Hash_node_code_cacheILb1EEE", !27, i64 0}
!180 = distinct !{!180, !12}
!181 = !{!67, !26, i64 48}
!182 = distinct !{!182, !12}
