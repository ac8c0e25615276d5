import numpy as np, pandas as
