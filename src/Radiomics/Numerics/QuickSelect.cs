namespace Radiomics.Numerics;

/// <summary>
/// In-place selection of the k-th smallest value (quickselect), shared by the first-order percentiles and the
/// perturbation's distance levels. The element order it leaves is part of the results' bit-identity: do not change it.
/// </summary>
internal static class QuickSelect
{
    /// <summary>Hoare-style quickselect with median-of-three pivots: values[k] becomes the k-th smallest (of left … right).</summary>
    public static void Select(Span<double> values, int k, int left, int right)
    {
        while (right > left)
        {
            if (right - left < 16)
            {
                InsertionSort(values.Slice(left, right - left + 1));
                return;
            }

            int mid = left + ((right - left) >> 1);
            if (values[mid] < values[left])
            {
                Swap(values, mid, left);
            }

            if (values[right] < values[left])
            {
                Swap(values, right, left);
            }

            if (values[right] < values[mid])
            {
                Swap(values, right, mid);
            }

            double pivot = values[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    Swap(values, i, j);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private static void InsertionSort(Span<double> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            double v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = v;
        }
    }

    private static void Swap(Span<double> values, int a, int b) => (values[a], values[b]) = (values[b], values[a]);
}
