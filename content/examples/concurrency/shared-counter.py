import streamlit as st


# One list for the whole server: st.cache_resource hands every session the same object.
@st.cache_resource
def create_list():
    return [1, 2, 3]


l = create_list()
l[0] = l[0] + 1
st.metric("First item", l[0])
