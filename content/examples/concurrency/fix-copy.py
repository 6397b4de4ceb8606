import streamlit as st


# The shared counter is copied before it is changed: the cached object stays as it was.
@st.cache_resource
def get_counter():
    return {"visits": 0}


counter = dict(get_counter())

# Read the count, then write it back one higher.
seen = counter["visits"]
st.caption(f"read {seen}")
counter["visits"] = seen + 1
st.metric("Visits", counter["visits"])
