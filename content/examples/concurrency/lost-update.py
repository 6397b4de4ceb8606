import streamlit as st


# A visit counter shared by everyone who opens the app.
@st.cache_resource
def get_counter():
    return {"visits": 0}


counter = get_counter()

# Read the count, then write it back one higher.
seen = counter["visits"]
st.caption(f"read {seen}")
counter["visits"] = seen + 1
st.metric("Visits", counter["visits"])
