// The _collections module: deque (src/objects/deque.ts), defaultdict, _tuplegetter (the field
// descriptors of namedtuple classes) and _count_elements (Counter's counting loop). OrderedDict
// is left to Lib/collections' pure-Python fallback (no native OrderedDict here).
// CPython: Modules/_collectionsmodule.c (defdict_*, tuplegetter_*, _collections__count_elements_impl).

import { I32 } from '../heap/index.js';
import { Ref, STOP, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { DictSlot, TypeFlag } from '../objects/layouts.js';
import { allocObj } from '../objects/alloc.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { typeName, lookup, typeOf, lookupTagged } from '../objects/typeobject.js';
import { raise, repr, iter, next, call, typeNameOf, callSpecial } from '../objects/protocol.js';
import {
  checkNewType, genericAlias, notImplemented, raiseKeyError, asSsizeStrict, reprEnter, reprLeave, isInstance,
} from '../objects/coll_ops.js';
import { dictGet, dictSet, dictSetDefault, T_DICT } from '../objects/dict.js';
import { isDictInstance, dictUpdateArg } from '../objects/dict_type.js';
import { newTuple, isTuple, tupleLen, tupleGet } from '../objects/tuple.js';
import { dequeType } from '../objects/deque.js';
import { isCallableValue } from '../vm/callable.js';
import { add } from '../vm/ops.js';
import { defineModule } from './define.js';

// ---- defaultdict: a dict with one more slot, the default factory (0 = never set, like NULL) -----------

const FACTORY = DictSlot.Count;

function factoryOf(v: Value): Value {
  const t = getSlot((v as Ref).a, FACTORY);
  return t === 0 ? null : decode(t)!;
}

function dictMethod(name: string): Value {
  const m = lookup(T_DICT, name);
  if (m === undefined) throw new Error(`dict.${name} missing`);
  return m;
}

/** new_defdict: type(self)(self.default_factory, arg). */
function newDefdict(self: Value, arg: Value): Value {
  return call(new Ref(I32[(self as Ref).a >> 2]!), [factoryOf(self), arg]);
}

function defdictRepr(v: Value): string {
  const base = call(dictMethod('__repr__'), [v]) as string;
  const t = getSlot((v as Ref).a, FACTORY);
  let fr: string;
  if (t === 0) fr = 'None';
  else {
    const f = decode(t)!;
    const key = f instanceof Ref ? f.a : -1;
    if (key >= 0 && reprEnter(key)) fr = '...';
    else {
      try {
        fr = repr(f);
      } finally {
        if (key >= 0) reprLeave(key);
      }
    }
  }
  return `${typeName(I32[(v as Ref).a >> 2]!)}(${fr}, ${base})`;
}

function defdictOr(left: Value, right: Value): Value {
  const leftIs = isInstance(left, T_DEFDICT);
  const self = leftIs ? left : right;
  const other = leftIs ? right : left;
  if (!isDictInstance(other)) return notImplemented();
  const n = newDefdict(self, left);
  dictUpdateArg((n as Ref).a, right);
  return n;
}

let T_DEFDICT = 0;
onTypesReady(() => { T_DEFDICT = builtinTypeAddr('defaultdict'); });

export const defaultdictType = defineBuiltinType({
  name: 'defaultdict',
  module: 'collections',
  base: 'dict',
  flags: TypeFlag.BaseType,
  instanceSlots: DictSlot.Count + 1,
  doc: 'defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n'
    + 'The default factory is called without arguments to produce\na new value when a key is not present, in '
    + '__getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are '
    + 'treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n',
  methods: {
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: (v: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        let f: Value = null;
        if (args.length > 0) {
          f = args[0]!;
          if (f !== null && !isCallableValue(f)) raise('TypeError', 'first argument must be callable or None');
        }
        setSlot((v as Ref).a, FACTORY, args.length > 0 ? encode(f) : 0);
        const kwn = [...kwargs.keys()];
        call(dictMethod('__init__'), [v, ...args.slice(1)], kwn.length ? kwn : null, kwn.length ? [...kwargs.values()] : null);
        return null;
      },
    },
    __missing__: {
      sig: '__missing__($self, key, /)',
      doc: '__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n'
        + '  if self.default_factory is None: raise KeyError((key,))\n'
        + '  self[key] = value = self.default_factory()\n  return value\n',
      fn: (v: Value, key: Value): Value => {
        const f = factoryOf(v);
        if (f === null) raiseKeyError(key);
        const value = call(f, []);
        return dictSetDefault((v as Ref).a, key, value);
      },
    },
    copy: { sig: 'copy($self, /)', doc: 'D.copy() -> a shallow copy of D.', fn: (v: Value): Value => newDefdict(v, v) },
    __copy__: { sig: '__copy__($self, /)', doc: 'D.copy() -> a shallow copy of D.', fn: (v: Value): Value => newDefdict(v, v) },
    __reduce__: {
      sig: '__reduce__($self, /)',
      fn: (v: Value): Value => {
        const f = factoryOf(v);
        const items = callSpecial(v, 'items', []) ?? call(dictMethod('items'), [v]);
        return newTuple([new Ref(I32[(v as Ref).a >> 2]!), newTuple(f === null ? [] : [f]), null, null, iter(items)]);
      },
    },
    __or__: { sig: '__or__($self, value, /)', fn: defdictOr },
    __ror__: { sig: '__ror__($self, value, /)', fn: (v: Value, w: Value): Value => defdictOr(w, v) },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
  },
  getsets: {
    default_factory: {
      get: ((v: Value) => factoryOf(v)) as never,
      set: ((v: Value, x: Value | undefined) => (setSlot((v as Ref).a, FACTORY, x === undefined ? 0 : encode(x)), null)) as never,
      doc: 'Factory for default value called by __missing__().',
    },
  },
  slots: { repr: defdictRepr },
});

// ---- _tuplegetter: slots [index (tagged), doc] ------------------------------------------------------

export const tuplegetterType = defineBuiltinType({
  name: '_tuplegetter',
  module: '_collections',
  instanceSlots: 2,
  methods: {
    __new__: {
      sig: '__new__(type, index, doc, /)', kind: 'staticmethod',
      fn: (type: Value, index: Value, doc: Value): Value => {
        const t = checkNewType(type, TYPE_ADDR[tuplegetterType.index]!);
        const i = asSsizeStrict(index);
        const o = allocObj(t, 2, 0);
        setSlot(o, 0, encode(i));
        setSlot(o, 1, encode(doc));
        return new Ref(o);
      },
    },
    __reduce__: {
      sig: '__reduce__($self, /)',
      fn: (v: Value): Value => {
        const o = (v as Ref).a;
        return newTuple([new Ref(I32[o >> 2]!), newTuple([decode(getSlot(o, 0))!, decode(getSlot(o, 1))!])]);
      },
    },
  },
  getsets: {
    __doc__: {
      get: ((v: Value) => decode(getSlot((v as Ref).a, 1)) ?? null) as never,
      set: ((v: Value, x: Value | undefined) => (setSlot((v as Ref).a, 1, x === undefined ? encode(null) : encode(x)), null)) as never,
    },
  },
  slots: {
    repr: (v) => {
      const o = (v as Ref).a;
      return `${typeName(I32[o >> 2]!)}(${decode(getSlot(o, 0)) as number}, ${repr(decode(getSlot(o, 1))!)})`;
    },
    descrGet: (self, obj) => {
      if (obj === null) return self;
      const index = decode(getSlot((self as Ref).a, 0)) as number;
      if (!isTuple(obj)) {
        raise('TypeError', `descriptor for index '${index}' for tuple subclasses doesn't apply to '${typeNameOf(obj)}' object`);
      }
      if (index < 0 || index >= tupleLen(obj.a)) raise('IndexError', 'tuple index out of range');
      return tupleGet(obj.a, index);
    },
    descrSet: (_self, _obj, value) => {
      raise('AttributeError', value === undefined ? "can't delete attribute" : "can't set attribute");
    },
  },
});

// ---- _count_elements ---------------------------------------------------------------------------------

/** Counter's loop: mapping[elem] = mapping.get(elem, 0) + 1, with dict's own methods called directly. */
function countElements(mapping: Value, iterable: Value): Value {
  const it = iter(iterable);
  const t = typeOf(mapping);
  const plain = isDictInstance(mapping)
    && lookupTagged(t, 'get') === lookupTagged(T_DICT, 'get')
    && lookupTagged(t, '__setitem__') === lookupTagged(T_DICT, '__setitem__');
  for (let x = next(it); x !== STOP; x = next(it)) {
    if (plain) {
      const d = (mapping as Ref).a;
      const old = dictGet(d, x);
      dictSet(d, x, old === undefined ? 1 : add(old, 1));
    } else {
      const old = callSpecial(mapping, 'get', [x, 0]);
      if (old === undefined) raise('AttributeError', `'${typeNameOf(mapping)}' object has no attribute 'get'`);
      const r = callSpecial(mapping, '__setitem__', [x, add(old, 1)]);
      if (r === undefined) raise('TypeError', `'${typeNameOf(mapping)}' object does not support item assignment`);
    }
  }
  return null;
}

defineModule({
  name: '_collections',
  doc: 'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n'
    + '- defaultdict:  dict subclass with a default value factory\n',
  functions: {
    _count_elements: {
      sig: '_count_elements($module, mapping, iterable, /)',
      doc: 'Count elements in the iterable, updating the mapping',
      fn: countElements,
    },
  },
  init(dict) {
    dictSet(dict, 'deque', new Ref(TYPE_ADDR[dequeType.index]!));
    dictSet(dict, 'defaultdict', new Ref(TYPE_ADDR[defaultdictType.index]!));
    dictSet(dict, '_tuplegetter', new Ref(TYPE_ADDR[tuplegetterType.index]!));
    dictSet(dict, '_deque_iterator', new Ref(builtinTypeAddr('_deque_iterator')));
    dictSet(dict, '_deque_reverse_iterator', new Ref(builtinTypeAddr('_deque_reverse_iterator')));
  },
});

