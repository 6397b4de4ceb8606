import streamlit as st


# scope="session": one counter per session, dropped when the session ends.
@st.cache_resource(scope="session")
def get_counter():
    return {"visits": 0}


counter = get_counter()

# Read the count, then write it back one higher.
seen = counter["visits"]
st.caption(f"read {seen}")
counter["visits"] = seen + 1
st.metric("Visits", counter["visits"])
