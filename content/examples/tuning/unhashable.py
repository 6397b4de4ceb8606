import pandas as pd
import streamlit as st

# Streamlit must hash every argument to build the key, and a function has no hash.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data
def describe_pickups(url, format):
    df = pd.read_csv(url)
    days = pd.to_datetime(df["Date/Time"]).dt.date.nunique()
    return f"{format(len(df))} pickups over {format(days)} days"


try:
    st.text(describe_pickups(DATA_URL, lambda n: f"{n:,}"))
except Exception as error:
    st.exception(error)


# The fix the error suggests: a leading underscore keeps the function out of the key.
@st.cache_data
def describe_pickups_fixed(url, _format):
    df = pd.read_csv(url)
    days = pd.to_datetime(df["Date/Time"]).dt.date.nunique()
    return f"{_format(len(df))} pickups over {_format(days)} days"


st.text(describe_pickups_fixed(DATA_URL, lambda n: f"{n:,}"))
