import pandas as pd
import streamlit as st

# A parameter whose name starts with _ is left out of the cache key.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data
def load_data(url):
    return pd.read_csv(url)


df = load_data(DATA_URL)


@st.cache_data
def count_rows(_frame, label):
    return {"label": label, "rows": _frame.shape[0]}


st.json(count_rows(df, "all pickups"))  # miss
st.json(count_rows(df.head(100), "all pickups"))  # hit: the frame is not in the key
st.json(count_rows(df.head(100), "first 100 pickups"))  # miss: the label changed
