using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>Calls (vectorcall: positional values, then keyword values named by kwnames).</summary>
public static partial class Ops
{
    /// <summary>Calls <paramref name="callable"/>; the entry point for every call.</summary>
    public static Value Call(Value callable, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (callable.ObjectOrNull is PyObject obj)
        {
            return obj.Call(args, kwnames);
        }

        throw PyErr.TypeError($"'{TypeName(callable)}' object is not callable");
    }

    /// <summary>Calls with positional arguments only.</summary>
    public static Value Call(Value callable, params ReadOnlySpan<Value> args) => Call(callable, args, null);

    /// <summary>Calls <paramref name="callable"/> with <paramref name="self"/> prepended (unbound
    /// methods, <c>__call__</c> of instances, bound methods).</summary>
    public static Value CallWithSelf(Value callable, Value self, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length < 8)
        {
            var buffer = default(ValueBuffer8);
            Span<Value> all = buffer;
            all[0] = self;
            args.CopyTo(all[1..]);
            return Call(callable, all[..(args.Length + 1)], kwnames);
        }

        var array = new Value[args.Length + 1];
        array[0] = self;
        args.CopyTo(array.AsSpan(1));
        return Call(callable, array, kwnames);
    }

    /// <summary>Runs a built-in body with <paramref name="self"/> prepended.</summary>
    public static Value CallBodyWithSelf(BuiltinBody body, Value self, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        if (args.Length < 8)
        {
            var buffer = default(ValueBuffer8);
            Span<Value> all = buffer;
            all[0] = self;
            args.CopyTo(all[1..]);
            return body(all[..(args.Length + 1)], kwnames);
        }

        var array = new Value[args.Length + 1];
        array[0] = self;
        args.CopyTo(array.AsSpan(1));
        return body(array, kwnames);
    }

    /// <summary><c>f(*args, **kwargs)</c>: the keyword names must be str
    /// ("keywords must be strings").</summary>
    public static Value CallWithArgsKwargs(Value callable, ReadOnlySpan<Value> args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0)
        {
            return Call(callable, args, null);
        }

        var all = new Value[args.Length + kwargs.Count];
        var names = new string[kwargs.Count];
        args.CopyTo(all);
        int n = 0;
        foreach ((Value key, Value value) in kwargs)
        {
            if (key.ObjectOrNull is not PyStr name)
            {
                throw PyErr.TypeError("keywords must be strings");
            }

            names[n] = name.Text;
            all[args.Length + n] = value;
            n++;
        }

        return Call(callable, all, names);
    }

    /// <summary><c>obj.name(*args)</c> without creating a bound method when avoidable.</summary>
    public static Value CallMethod(Value obj, string name, params ReadOnlySpan<Value> args)
    {
        return GetMethod(obj, name, out Value method)
            ? CallWithSelf(method, obj, args, null)
            : Call(method, args, null);
    }

    /// <summary>Calls special method <paramref name="name"/> looked up on the type (not the
    /// instance), as CPython does for dunders; false when the type lacks it.</summary>
    public static bool TryCallSpecial(Value obj, string name, ReadOnlySpan<Value> args, out Value result)
    {
        Value method = obj.Type.Lookup(name);
        if (method.IsUnbound)
        {
            result = default;
            return false;
        }

        result = CallSpecial(method, obj, args, null);
        return true;
    }

    /// <summary>Calls a special method found on <c>type(self)</c>: functions and method descriptors
    /// get <paramref name="self"/> as first argument, other objects are bound through
    /// <c>__get__</c> first (staticmethod, classmethod, callables with descriptors).</summary>
    public static Value CallSpecial(Value method, Value self, ReadOnlySpan<Value> args, string[]? kwnames)
    {
        EnsureStack("while calling a Python object");
        if (method.ObjectOrNull is PyObject descriptor && !descriptor.IsMethodDescriptor)
        {
            return Call(descriptor.DescriptorGet(self, self.Type), args, kwnames);
        }

        return CallWithSelf(method, self, args, kwnames);
    }
}
