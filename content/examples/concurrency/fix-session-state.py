import streamlit as st

# Per-user data belongs in st.session_state: each session has its own.
state = st.session_state
if "visits" not in state:
    state.visits = 0

# Read the count, then write it back one higher.
seen = state.visits
st.caption(f"read {seen}")
state.visits = seen + 1
st.metric("Visits", state.visits)
