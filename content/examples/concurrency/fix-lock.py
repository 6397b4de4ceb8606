import threading

import streamlit as st


# The shared counter again, with a lock held around the read and the write.
@st.cache_resource
def get_counter():
    return {"visits": 0}


counter = get_counter()


@st.cache_resource
def get_lock():
    return threading.Lock()


lock = get_lock()
lock.acquire()
seen = counter["visits"]
st.caption(f"read {seen}")
counter["visits"] = seen + 1
lock.release()
st.metric("Visits", counter["visits"])
