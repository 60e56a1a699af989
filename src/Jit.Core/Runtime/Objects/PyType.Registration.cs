using System.Reflection;

namespace Jit.Runtime.Objects;

/// <summary>Fills a built-in type's dictionary on first use from the attributed C# methods.</summary>
public sealed partial class PyType
{
    private static readonly object s_populateLock = new();
    private static Dictionary<string, List<System.Type>>? s_providers;

    private string RegistryKey => _builtinModule is null ? Name : _builtinModule + "." + Name;

    private OrderedDictionary<string, Value> Populate()
    {
        lock (s_populateLock)
        {
            if (_members is not null)
            {
                return _members;
            }

            var members = new OrderedDictionary<string, Value>();
            if ((Flags & TypeFlags.Iterator) != 0)
            {
                members["__iter__"] = PyBuiltinFunction.Method("__iter__", this, PyIterator.IterSelf);
                members["__next__"] = PyBuiltinFunction.Method("__next__", this, PyIterator.Next);
            }

            var inits = new List<MethodInfo>();
            var getters = new OrderedDictionary<string, (MethodInfo? Get, MethodInfo? Set)>();
            foreach (System.Type provider in Providers(RegistryKey))
            {
                const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
                foreach (MethodInfo method in provider.GetMethods(flags))
                {
                    foreach (PyMethodAttribute attribute in method.GetCustomAttributes<PyMethodAttribute>())
                    {
                        BuiltinBody body = method.CreateDelegate<BuiltinBody>();
                        members[attribute.Name] = attribute.Name == "__new__"
                            ? new PyBuiltinFunction("__new__", body)
                            : PyBuiltinFunction.Method(attribute.Name, this, body);
                    }

                    foreach (PyClassMethodAttribute attribute in method.GetCustomAttributes<PyClassMethodAttribute>())
                    {
                        members[attribute.Name] = PyBuiltinFunction.ClassMethod(attribute.Name, this, method.CreateDelegate<BuiltinBody>());
                    }

                    foreach (PyStaticMethodAttribute attribute in method.GetCustomAttributes<PyStaticMethodAttribute>())
                    {
                        members[attribute.Name] = new PyStaticMethod(new PyBuiltinFunction(attribute.Name, method.CreateDelegate<BuiltinBody>()));
                    }

                    foreach (PyGetterAttribute getter in method.GetCustomAttributes<PyGetterAttribute>())
                    {
                        getters.TryGetValue(getter.Name, out var pair);
                        getters[getter.Name] = (method, pair.Set);
                    }

                    if (method.GetCustomAttribute<PySetterAttribute>() is { } setter)
                    {
                        getters.TryGetValue(setter.Name, out var pair);
                        getters[setter.Name] = (pair.Get, method);
                    }

                    if (method.GetCustomAttribute<PyTypeInitAttribute>() is not null)
                    {
                        inits.Add(method);
                    }
                }
            }

            foreach ((string name, (MethodInfo? get, MethodInfo? set)) in getters)
            {
                if (get is null)
                {
                    throw new InvalidOperationException($"{RegistryKey}.{name} has a setter but no getter");
                }

                members[name] = new PyGetSetDescriptor(
                    name,
                    this,
                    get.CreateDelegate<Func<Value, Value>>(),
                    set?.CreateDelegate<Action<Value, Value>>());
            }

            foreach (MethodInfo init in inits)
            {
                init.Invoke(null, [this, members]);
            }

            Volatile.Write(ref _members, members);
            return members;
        }
    }

    /// <summary>The classes marked <c>[PyClass(key)]</c>, found by one scan of this assembly.</summary>
    private static List<System.Type> Providers(string key)
    {
        if (s_providers is null)
        {
            var providers = new Dictionary<string, List<System.Type>>();
            foreach (System.Type type in typeof(PyType).Assembly.GetTypes())
            {
                foreach (PyClassAttribute attribute in type.GetCustomAttributes<PyClassAttribute>(inherit: false))
                {
                    if (!providers.TryGetValue(attribute.Key, out List<System.Type>? list))
                    {
                        providers[attribute.Key] = list = [];
                    }

                    list.Add(type);
                }
            }

            s_providers = providers;
        }

        return s_providers.TryGetValue(key, out List<System.Type>? found) ? found : [];
    }
}
