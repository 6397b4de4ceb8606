"""Runs Python twins against real pandas, with a small stand-in for Streamlit's caching.

Used by twins-run.test.ts: Streamlit itself is not installed in CI, but pandas is (python3-pandas),
so this checks that every twin's pandas code runs on the real CSV and shows what the TypeScript
shows. The stand-in keeps only what the twins rely on: cache_data hands out a pickled copy on every
hit, cache_resource the same object; arguments are pickled for the key (Streamlit falls back to that
too, and fails on a lambda the same way), parameters starting with _ are left out, and validate
drops a resource that fails it. Elements are recorded, not drawn.

Usage: run_twins.py DATA_DIR RUNS FILE... ; prints one JSON list per file: the elements of each run.
"""
import json
import os
import pickle
import runpy
import sys
import types


class SessionState(dict):
    def __getattr__(self, name):
        return self[name]

    def __setattr__(self, name, value):
        self[name] = value


def make_streamlit(elements):
    st = types.ModuleType("streamlit")
    st.session_state = SessionState()
    # Like Streamlit's, a cache outlives the rerun that defined its function: it is found again by name.
    caches = {}

    def cache(copies):
        def decorator(fn=None, **options):
            if fn is None:
                return lambda f: decorator(f, **options)
            store = caches.setdefault((copies, fn.__qualname__, repr(sorted(options))), {})
            names = fn.__code__.co_varnames[: fn.__code__.co_argcount]

            def key(args):
                try:
                    return pickle.dumps([(n, v) for n, v in zip(names, args) if not n.startswith("_")])
                except Exception as error:
                    raise TypeError(f"UnhashableParamError: cannot hash an argument of {fn.__name__}()") from error

            def wrapper(*args):
                k = key(args)
                valid = options.get("validate")
                if k in store and (copies or valid is None or valid(store[k])):
                    return pickle.loads(store[k]) if copies else store[k]
                value = fn(*args)
                store[k] = pickle.dumps(value) if copies else value
                return value

            wrapper.clear = lambda *args: store.pop(key(args), None) if args else store.clear()
            return wrapper

        return decorator

    st.cache_data = cache(copies=True)
    st.cache_resource = cache(copies=False)

    def record(kind):
        return lambda *args: elements.append([kind, *[shown(a) for a in args]])

    for kind in ["subheader", "caption", "text", "info", "warning", "json", "metric"]:
        setattr(st, kind, record(kind))
    st.dataframe = lambda df: elements.append(["dataframe", list(df.columns)])
    st.exception = lambda error: elements.append(["exception", str(error).split(":")[0]])
    st.button = lambda label: elements.append(["button", label]) or False
    # A widget nobody touches returns its default, as on a first run.
    st.slider = lambda label, min_value, max_value, value: elements.append(["slider"]) or value
    return st


def shown(value):
    if isinstance(value, (dict, list, str, int, float, bool)) or value is None:
        return json.loads(json.dumps(value, default=int))
    return str(value)


def main():
    data_dir, runs, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.chdir(data_dir)  # the twins read their CSV from the current folder, as a downloaded app does
    report = {}
    for file in files:
        elements = []
        sys.modules["streamlit"] = make_streamlit(elements)
        per_run = []
        for _ in range(runs):
            elements.clear()
            try:
                runpy.run_path(file, run_name="__main__")
            except Exception as error:
                elements.append(["error", type(error).__name__, str(error)])
            per_run.append(list(elements))
        report[file] = per_run
    print(json.dumps(report))


main()
