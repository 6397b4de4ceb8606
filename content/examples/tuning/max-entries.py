import pandas as pd
import streamlit as st

# Pickups in one hour of the day. The cache keeps at most two hours:
# a third one pushes out the hour that was used least recently.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data(max_entries=2)
def pickups_in_hour(url, hour):
    df = pd.read_csv(url)
    times = pd.to_datetime(df["Date/Time"])
    pickups = int((times.dt.hour == hour).sum())
    return {"hour": hour, "pickups": pickups}


st.json(pickups_in_hour(DATA_URL, 8))  # miss: the cache is empty
st.json(pickups_in_hour(DATA_URL, 17))  # miss: now the cache is full
st.json(pickups_in_hour(DATA_URL, 8))  # hit: 8 becomes the most recently used
st.json(pickups_in_hour(DATA_URL, 23))  # miss: 17 is evicted to make room
