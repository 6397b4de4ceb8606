import streamlit as st


# The same script with st.cache_data: every run gets its own copy of the list.
@st.cache_data
def create_list():
    return [1, 2, 3]


l = create_list()
l[0] = l[0] + 1
st.metric("First item", l[0])
