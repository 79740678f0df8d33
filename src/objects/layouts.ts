// Slot numbers of the builtin object layouts, declared once. Every fixed field is a slot (tagged
// small int or object address) so the collector needs no type knowledge; bulk non-pointer data
// (characters, bytes, doubles, digits, hash tables' int arrays) lives in the raw area after the
// slots, whose start depends on the object's slot count (value.ts rawBase), so that subclass
// instances can add slots (__dict__, __slots__) after their base's.

/** type objects */
export const enum TypeSlot {
  Name, Qualname, Bases, Mro, Dict, Base, Subclasses, Module, Doc,
  /** tagged: TypeFlag bits */
  Flags,
  /** tagged: version tag (0 = none assigned) */
  Version,
  /** tagged: index of the builtin implementation (the solid base's for heap types) */
  Builtin,
  /** tagged: number of slots an instance has */
  InstanceSlots,
  /** tagged: slot index of the instance __dict__, or -1 */
  DictSlot,
  /** tuple of __slots__ names (heap types), or 0 */
  SlotNames,
  /** tagged: slot index of the instance's weakref list, or -1 */
  WeakrefSlot,
  Count,
}

export const enum TypeFlag {
  Heap = 1 << 0, // created by a class statement / type()
  BaseType = 1 << 1, // can be subclassed
  Abstract = 1 << 2,
  HasFinalizer = 1 << 3, // instances need __del__ at collection
  Immutable = 1 << 4, // attributes cannot be set (builtin types)
  Ready = 1 << 5,
  IsException = 1 << 6,
  HasGetattr = 1 << 7, // __getattr__ defined somewhere in the MRO
  HasGetattribute = 1 << 8, // __getattribute__ overridden
  HasSetattr = 1 << 9, // __setattr__ / __delattr__ overridden
  Sequence = 1 << 10, // collections.abc flags for match
  Mapping = 1 << 11,
  /** A static type without tp_new (Py_TPFLAGS_DISALLOW_INSTANTIATION): calling it raises TypeError. */
  DisallowInstantiation = 1 << 12,
}

export const enum ListSlot { Items, Size, Lock, Count }
export const enum DictSlot { Table, Size, Version, Lock, Count }
export const enum SetSlot { Table, Size, Lock, Hash, Count }
export const enum FuncSlot {
  Code, Globals, Name, Qualname, Defaults, KwDefaults, Closure, Doc, Dict, Module, Annotations, Annotate,
  TypeParams, Builtins, Count,
}
export const enum CodeSlot {
  Unit, Name, Qualname, Filename, Varnames, Cellvars, Freevars, FirstLineno, ArgCount, PosOnlyArgCount,
  KwOnlyArgCount, Flags, Index, Docstring, Kind, Positions, Consts, Names, GenClose, Count,
}
export const enum UnitSlot { Source, Consts, Codes, Filename, Serial, CacheKey, Count }
export const enum ModuleSlot { Dict, Count }
export const enum MethodSlot { Func, Self, Count }
export const enum BuiltinFuncSlot { Self, Name, Native, Qualname, Module, Count }
export const enum DescrSlot { ObjClass, Name, Native, Extra, Count }
export const enum PropertySlot { Get, Set, Del, Doc, Name, Count }
export const enum ExcSlot { Dict, Args, Traceback, Context, Cause, SuppressContext, Notes, Count }
export const enum TracebackSlot { Next, Frame, Lineno, Lasti, Count }
export const enum FrameSlot { Code, Globals, Locals, Back, Lineno, Builtins, Lasti, Count }
export const enum RangeSlot { Start, Stop, Step, Length, Count }
export const enum SliceSlot { Start, Stop, Step, Count }
export const enum CellSlot { Value, Count }
export const enum BoolSlot { Value, Count }
export const enum SuperSlot { Type, Obj, ObjType, Count }
export const enum IterSlot { Seq, Index, Extra, Count }
/** Finalizer: an async generator's sys.set_asyncgen_hooks finalizer, taken at its first step. */
export const enum GenSlot { Name, Qualname, Code, State, Finalizer, Count }
