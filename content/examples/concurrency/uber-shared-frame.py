import pandas as pd
import streamlit as st

# Uber pickups in New York City, September 2014 (NYC TLC trip data, via FiveThirtyEight).
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_resource
def load_data(url):
    return pd.read_csv(url)


df = load_data(DATA_URL)
st.metric("Mean latitude", f"{df['Lat'].mean():.4f}")

# This page is done with latitude, so it drops the column "to save memory".
df.drop(columns=["Lat"], inplace=True)
st.dataframe(df.head(5))
