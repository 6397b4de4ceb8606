import pandas as pd
import streamlit as st

# Pickups at two bases. The button removes one entry; the other stays.
DATA_URL = "uber-raw-data-sep14-10k.csv"


@st.cache_data
def pickups_at_base(url, base):
    df = pd.read_csv(url)
    pickups = int((df["Base"] == base).sum())
    return {"base": base, "pickups": pickups}


st.json(pickups_at_base(DATA_URL, "B02512"))
st.json(pickups_at_base(DATA_URL, "B02598"))

if st.button("Forget B02512"):
    pickups_at_base.clear(DATA_URL, "B02512")
    st.info("The entry for B02512 is gone. The next run computes it again.")
