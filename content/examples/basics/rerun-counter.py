import streamlit as st

# Every click reruns this whole script, from the first line to the last.
# Session state outlives a rerun; a plain variable starts again from nothing.
if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
plain = 0
plain += 1
st.metric("Runs, counted in session state", st.session_state.runs)
st.metric("Runs, counted in a plain variable", plain)


# The body of a cached function runs on a miss only. It reads session state from
# outside, which is not part of the key, so a hit still says when it was worked out.
@st.cache_data
def square(n):
    return f"{n} squared is {n * n} (worked out during run {st.session_state.runs})"


n = st.slider("n", 1, 10, 3)
st.text(square(n))
st.button("Rerun")
