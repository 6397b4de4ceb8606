import pandas as pd
import streamlit as st

# Pickups per hour of the day, kept for one hour. After that, the next run reads the file again.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data(ttl="1h")
def pickups_per_hour(url):
    df = pd.read_csv(url)
    hours = pd.to_datetime(df["Date/Time"]).dt.hour
    return hours.value_counts().sort_index().to_dict()


st.subheader("Pickups per hour of the day")
st.json(pickups_per_hour(DATA_URL))
