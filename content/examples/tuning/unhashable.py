import pandas as pd
import streamlit as st

# Streamlit must hash every argument to build the key, and a function has no hash.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data
def describe_bases(url, format):
    df = pd.read_csv(url)
    bases = df["Base"]
    return f"{format(len(bases))} pickups at {format(bases.nunique())} bases"


try:
    st.text(describe_bases(DATA_URL, lambda n: f"{n:,}"))
except Exception as error:
    st.exception(error)


# The fix the error suggests: a leading underscore keeps the function out of the key.
@st.cache_data
def describe_bases_fixed(url, _format):
    df = pd.read_csv(url)
    bases = df["Base"]
    return f"{_format(len(bases))} pickups at {_format(bases.nunique())} bases"


st.text(describe_bases_fixed(DATA_URL, lambda n: f"{n:,}"))
