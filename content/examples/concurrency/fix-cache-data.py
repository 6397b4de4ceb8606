import streamlit as st


# The counter from st.cache_data: each run gets its own copy, so nobody sees another's write.
@st.cache_data
def get_counter():
    return {"visits": 0}


counter = get_counter()

# Read the count, then write it back one higher.
seen = counter["visits"]
st.caption(f"read {seen}")
counter["visits"] = seen + 1
st.metric("Visits", counter["visits"])
