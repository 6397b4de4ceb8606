import pandas as pd
import streamlit as st

# Uber pickups in New York City, September 2014
# (NYC TLC trip data, via FiveThirtyEight).
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_resource
def load_data(url):
    df = pd.read_csv(url)
    return df


df = load_data(DATA_URL)
st.subheader("Raw data")
st.dataframe(df)

df.drop(columns=["Lat"], inplace=True)
st.subheader("Without latitude")
st.dataframe(df)
