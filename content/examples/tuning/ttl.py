import pandas as pd
import streamlit as st

# Pickups per base, kept for one hour. After that, the next run reads the file again.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data(ttl="1h")
def pickups_per_base(url):
    df = pd.read_csv(url)
    counts = df["Base"].value_counts().to_dict()
    return counts


st.subheader("Pickups per base")
st.json(pickups_per_base(DATA_URL))
