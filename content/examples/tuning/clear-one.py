import pandas as pd
import streamlit as st

# Pickups in two hours of the day. The button removes one entry; the other stays.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data
def pickups_in_hour(url, hour):
    df = pd.read_csv(url)
    hours = pd.to_datetime(df["Date/Time"]).dt.hour
    return {"hour": hour, "pickups": int((hours == hour).sum())}


st.json(pickups_in_hour(DATA_URL, 8))
st.json(pickups_in_hour(DATA_URL, 17))

if st.button("Forget 8 o'clock"):
    pickups_in_hour.clear(DATA_URL, 8)
    st.info("The entry for 8 o'clock is gone. The next run computes it again.")
